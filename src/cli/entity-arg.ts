import type { EntityType } from '../extract/model.js';
import type { EntityRef } from '../store/graph-types.js';
import type { Store } from '../store/store.js';
import { CliError } from './errors.js';

/**
 * An entity named on the command line: its id (« 42 ») or one of its names or aliases
 * (accents, case and articles ignored). Ambiguous names list the candidates instead of guessing.
 */
export function entityArg(store: Store, arg: string, type?: EntityType): EntityRef {
  if (/^\d+$/.test(arg)) {
    const e = store.graph.getEntity(Number(arg));
    if (e) return e;
  }
  const found = store.graph.findEntities(arg, type);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    const near = store.graph.listEntities({ q: arg, type, limit: 5 }).items.map((e) => `« ${e.name} » (${e.type} #${e.id})`);
    throw new CliError(`no entity named « ${arg} »${near.length ? `; names starting alike: ${near.join(', ')}` : ''}`);
  }
  const list = found.slice(0, 8).map((e) => `#${e.id} ${e.type} « ${e.name} »`).join(', ');
  throw new CliError(`« ${arg} » names ${found.length} entities: ${list}; give the id${type ? '' : ' or --type'}`);
}
