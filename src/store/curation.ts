import type Database from 'better-sqlite3';
import { CurationError, contradictedSplits, keysOf, splitSelection, supersededRenames } from '../graph/curation.js';
import type { Occurrence } from '../graph/types.js';
import { activeDecisions, insertDecision, retireDecisions } from './decisions.js';
import { emptyPending } from './graph-writer.js';
import { resolvePending } from './resolve.js';
import { stmt } from './statements.js';

export interface CurationResult {
  decision: number;
  /** The entity the decision leaves (merged, renamed, or what remains after a split). */
  entity: number | null;
  /** For a split: the entities the chosen occurrences now belong to. */
  split?: number[];
}

interface EntityHead {
  id: number;
  type: string;
  name: string;
}

/** `veille entity merge A B`: B's occurrences join A, now and after every re-ingest. */
export function mergeEntities(db: Database.Database, into: number, from: number): CurationResult {
  const a = entityHead(db, into);
  const b = entityHead(db, from);
  if (a.id === b.id) throw new CurationError('SAME_ENTITY', `#${a.id} « ${a.name} » is already one entity`);
  if (a.type !== b.type) throw new CurationError('TYPE_MISMATCH', `cannot merge ${a.type} « ${a.name} » with ${b.type} « ${b.name} »`);
  const ma = members(db, a.id);
  const mb = members(db, b.id);
  const id = insertDecision(db, 'merge', { keys: keysOf(mb), into: keysOf(ma) }, `merge « ${b.name} » (#${b.id}) into « ${a.name} » (#${a.id})`);
  retireDecisions(db, contradictedSplits(activeDecisions(db), ma, mb), id);
  reresolve(db, [...ma, ...mb], a.id);
  return { decision: id, entity: entityOf(db, ma[0]!.id) };
}

/** `veille entity split A --doc D --name N`: the chosen occurrences leave A and stay apart from it. */
export function splitEntity(db: Database.Database, entity: number, opts: { docs?: string[]; names?: string[] }): CurationResult {
  const e = entityHead(db, entity);
  const all = members(db, e.id);
  const docs = opts.docs ?? [];
  const names = opts.names ?? [];
  const { chosen, rest } = splitSelection(all, docs, names);
  const spellings = [...new Set(all.map((m) => m.name))].map((n) => `« ${n} »`).join(', ');
  if (chosen.length === 0) throw new CurationError('EMPTY_SELECTION', `nothing of « ${e.name} » is in ${[...docs, ...names].join(', ') || 'the selection'}; its names: ${spellings}`);
  if (rest.length === 0) throw new CurationError('WHOLE_SELECTION', `that selection is all of « ${e.name} »: nothing would remain`);
  const what = [...docs.map((d) => `document ${d}`), ...names.map((n) => `« ${n} »`)].join(', ');
  const id = insertDecision(db, 'split', { keys: keysOf(all), docs, names }, `split ${what} from « ${e.name} » (#${e.id})`);
  reresolve(db, all);
  return { decision: id, entity: entityOf(db, rest[0]!.id), split: [...new Set(chosen.map((m) => entityOf(db, m.id)!))] };
}

/** `veille entity rename A NEW`: A is shown as NEW, whatever the articles call it. */
export function renameEntity(db: Database.Database, entity: number, name: string): CurationResult {
  const e = entityHead(db, entity);
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 300) throw new CurationError('BAD_NAME', 'a name must have 1 to 300 characters');
  const all = members(db, e.id);
  const keys = keysOf(all);
  const id = insertDecision(db, 'rename', { keys, name: clean }, `rename « ${e.name} » (#${e.id}) to « ${clean} »`);
  retireDecisions(db, supersededRenames(activeDecisions(db).filter((d) => d.id !== id), keys), id);
  reresolve(db, all);
  return { decision: id, entity: entityOf(db, all[0]!.id) };
}

function entityHead(db: Database.Database, id: number): EntityHead {
  const row = stmt(db, 'SELECT id, type, name FROM entities WHERE id = ?').get(id) as EntityHead | undefined;
  if (!row) throw new CurationError('NOT_FOUND', `no entity #${id}`);
  return row;
}

function members(db: Database.Database, entity: number): Occurrence[] {
  const rows = stmt(db, 'SELECT id, doc_id, type, name, aliases FROM occurrences WHERE entity_id = ? ORDER BY id').all(entity) as
    { id: number; doc_id: string; type: Occurrence['type']; name: string; aliases: string }[];
  return rows.map((r) => ({ id: r.id, doc: r.doc_id, type: r.type, name: r.name, aliases: JSON.parse(r.aliases) as string[] }));
}

function entityOf(db: Database.Database, occurrence: number): number | null {
  return stmt(db, 'SELECT entity_id FROM occurrences WHERE id = ?').pluck().get(occurrence) as number | null;
}

function reresolve(db: Database.Database, occurrences: Occurrence[], prefer?: number): void {
  const pending = emptyPending();
  if (prefer !== undefined) pending.prefer.add(prefer);
  for (const o of occurrences) {
    const entity = entityOf(db, o.id);
    if (entity !== null) pending.entities.add(entity);
  }
  const keys = stmt(db, 'SELECT key FROM occurrence_keys WHERE occurrence_id = ?').pluck();
  for (const o of occurrences) for (const k of keys.all(o.id) as string[]) pending.keys.add(k);
  resolvePending(db, pending);
}
