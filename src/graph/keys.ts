import type { Occurrence } from './types.js';
import { initialsOf, isAcronymLike, nameKey, personCore, skeletonOf } from './names.js';

/**
 * Resolution keys, all `TYPE|folded`: a name's own key, and the keys under which other names may
 * point at it (its aliases, its initials, a person's name without middle names). Two occurrences can
 * only be linked through a key they share, so these also index the store (occurrence_keys).
 */
export function typedKey(type: string, name: string): string {
  return `${type}|${nameKey(name)}`;
}

/** A one-word person's name (« Martel ») is too common to join across articles on its own. */
export function strongKey(o: Pick<Occurrence, 'type' | 'name' | 'doc'>): string {
  const key = typedKey(o.type, o.name);
  return o.type === 'PER' && !nameKey(o.name).includes(' ') ? `${key}#${o.doc}` : key;
}

export type DefinerKind = 'alias' | 'initials' | 'person';

/** Keys under which this occurrence defines other short names: aliases, initials, person core. */
export function definerKeys(o: Occurrence): { key: string; kind: DefinerKind }[] {
  const out: { key: string; kind: DefinerKind }[] = o.aliases.map((a) => ({ key: typedKey(o.type, a), kind: 'alias' }));
  if (!isAcronymLike(o.name)) {
    for (const i of initialsOf(o.name)) out.push({ key: `${o.type}|${i}`, kind: 'initials' });
  }
  const core = o.type === 'PER' ? personCore(o.name) : null;
  if (core) out.push({ key: `PER|${core}`, kind: 'person' });
  return out.filter((d) => d.key !== typedKey(o.type, o.name));
}

export function skeletonKey(o: Pick<Occurrence, 'type' | 'name'>): string {
  return `${o.type}|~${skeletonOf(o.name)}`;
}

/** Every key of an occurrence, for the store's blocking index. */
export function lookupKeys(o: Occurrence): string[] {
  const keys = new Set([typedKey(o.type, o.name), skeletonKey(o), ...definerKeys(o).map((d) => d.key)]);
  return [...keys];
}
