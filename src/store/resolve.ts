import type Database from 'better-sqlite3';
import type { EntityType } from '../extract/model.js';
import { cluster } from '../graph/cluster.js';
import { strongKey } from '../graph/keys.js';
import type { ContextOf } from '../graph/similar-names.js';
import type { Cluster, Occurrence } from '../graph/types.js';
import { activeDecisions } from './decisions.js';
import { writeEntity } from './entity-writer.js';
import { resolveFacts } from './fact-resolver.js';
import type { Pending } from './graph-writer.js';
import { stmt } from './statements.js';

interface OccurrenceRow {
  id: number;
  doc_id: string;
  type: EntityType;
  name: string;
  aliases: string;
  entity_id: number | null;
  mention_count: number;
}

export interface ResolveSummary {
  /** Occurrences re-clustered. */
  occurrences: number;
  entitiesCreated: number;
  entitiesRemoved: number;
}

/**
 * Brings entities and facts up to date after documents or decisions changed. Only the entities that
 * share a resolution key with what changed are re-clustered (links only ever go through shared keys);
 * each resulting cluster keeps the id of the former entity most of its occurrences had, so ids stay
 * stable for everything the change did not touch.
 */
export function resolvePending(db: Database.Database, pending: Pending): ResolveSummary {
  const decisions = activeDecisions(db);
  const keys = new Set(pending.keys);
  for (const d of decisions) {
    const dk = [...d.keys, ...(d.action === 'merge' ? d.into : [])].map((k) => k.replace(/#.*/, ''));
    if (d.action === 'merge' && dk.some((k) => keys.has(k))) for (const k of dk) keys.add(k);
  }
  const affected = new Set(pending.entities);
  for (const key of keys) {
    for (const id of stmt(db, `SELECT DISTINCT o.entity_id FROM occurrence_keys k JOIN occurrences o ON o.id = k.occurrence_id
      WHERE k.key = ? AND o.entity_id IS NOT NULL`).pluck().all(key) as number[]) affected.add(id);
  }
  const rows = loadOccurrences(db, affected);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const clusters = cluster(rows.map(toOccurrence), decisions, contextFromStore(db));
  const { created, removed } = assignIds(db, clusters, byId, affected, pending);
  resolveFacts(db, pending);
  return { occurrences: rows.length, entitiesCreated: created, entitiesRemoved: removed };
}

function loadOccurrences(db: Database.Database, entities: Set<number>): OccurrenceRow[] {
  const rows = stmt(db, 'SELECT * FROM occurrences WHERE entity_id IS NULL').all() as OccurrenceRow[];
  for (const id of entities) rows.push(...(stmt(db, 'SELECT * FROM occurrences WHERE entity_id = ?').all(id) as OccurrenceRow[]));
  return rows;
}

function toOccurrence(r: OccurrenceRow): Occurrence {
  return { id: r.id, doc: r.doc_id, type: r.type, name: r.name, aliases: JSON.parse(r.aliases) as string[] };
}

/** The biggest clusters choose first among the former ids of their occurrences; the rest get new ids. */
function assignIds(
  db: Database.Database, clusters: Cluster[], rows: Map<number, OccurrenceRow>, former: Set<number>, pending: Pending,
): { created: number; removed: number } {
  const taken = new Set<number>();
  let created = 0;
  for (const c of [...clusters].sort((a, b) => b.members.length - a.members.length)) {
    const votes = new Map<number, number>();
    for (const m of c.members) {
      const old = rows.get(m.id)!.entity_id;
      if (old !== null && !taken.has(old)) votes.set(old, (votes.get(old) ?? 0) + 1);
    }
    const score = (id: number, n: number) => n + (pending.prefer.has(id) ? 1e9 : 0);
    let id = [...votes].sort(([a, x], [b, y]) => score(b, y) - score(a, x) || a - b)[0]?.[0];
    if (id === undefined) created++;
    id = writeEntity(db, id ?? null, c, (m) => rows.get(m.id)!.mention_count);
    taken.add(id);
    for (const m of c.members) {
      const row = rows.get(m.id)!;
      if (row.entity_id === id) continue;
      stmt(db, 'UPDATE occurrences SET entity_id = ? WHERE id = ?').run(id, m.id);
      pending.docs.add(row.doc_id);
    }
  }
  let removed = 0;
  for (const id of former) {
    if (taken.has(id)) continue;
    stmt(db, 'DELETE FROM entities WHERE id = ?').run(id);
    removed++;
  }
  return { created, removed };
}

/** Context for similar names: the entities each document names, by strong key. */
function contextFromStore(db: Database.Database): ContextOf {
  const perDoc = new Map<string, [string, string][]>();
  return (docs) => {
    const out = new Map<string, string>();
    for (const doc of docs) {
      let list = perDoc.get(doc);
      if (!list) {
        const rows = stmt(db, 'SELECT type, name FROM occurrences WHERE doc_id = ?').all(doc) as { type: EntityType; name: string }[];
        perDoc.set(doc, (list = rows.map((r) => [strongKey({ ...r, doc }), r.name])));
      }
      for (const [k, n] of list) out.set(k, n);
    }
    return out;
  };
}
