import type Database from 'better-sqlite3';
import type { EntityType } from '../../extract/model.js';
import { nameKey } from '../../graph/names.js';
import type { EntityRef, EntitySummary, Page, PageOptions } from '../graph-types.js';
import { stmt } from '../statements.js';

interface EntityRow {
  id: number;
  name: string;
  type: EntityType;
  doc_count: number;
  mention_count: number;
}

export interface EntityFilter extends PageOptions {
  type?: EntityType;
  /** Names starting with this, folded (« grappe » finds « La Grappe numérique »). */
  q?: string;
}

/** Entities, most documented first. */
export function listEntities(db: Database.Database, f: EntityFilter = {}): Page<EntitySummary> {
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.type) {
    where.push('e.type = ?');
    args.push(f.type);
  }
  if (f.q) {
    where.push(`e.id IN (SELECT entity_id FROM entity_names WHERE folded >= ? AND folded < ?)`);
    const key = nameKey(f.q);
    args.push(key, `${key}\uffff`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = stmt(db, `SELECT count(*) FROM entities e ${clause}`).pluck().get(...args) as number;
  const rows = stmt(db, `SELECT * FROM entities e ${clause} ORDER BY e.doc_count DESC, e.folded, e.id LIMIT ? OFFSET ?`)
    .all(...args, limit, offset) as EntityRow[];
  return { items: rows.map((r) => summarize(db, r)), total, limit, offset };
}

export function getEntity(db: Database.Database, id: number): EntitySummary | null {
  const row = stmt(db, 'SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
  return row ? summarize(db, row) : null;
}

/** Entities one of whose names or aliases folds like `name`, most documented first. */
export function findEntities(db: Database.Database, name: string, type?: EntityType): EntityRef[] {
  const rows = stmt(db, `SELECT DISTINCT e.id, e.name, e.type, e.doc_count FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND (? IS NULL OR e.type = ?) ORDER BY e.doc_count DESC, e.id`).all(nameKey(name), type ?? null, type ?? null) as EntityRow[];
  return rows.map(toRef);
}

/** References for many ids at once (fact fields, graph nodes). */
export function entityRefs(db: Database.Database, ids: Iterable<number>): Map<number, EntityRef> {
  const list = [...new Set(ids)];
  const out = new Map<number, EntityRef>();
  if (list.length === 0) return out;
  const rows = stmt(db, 'SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(list)) as EntityRef[];
  for (const r of rows) out.set(r.id, r);
  return out;
}

function summarize(db: Database.Database, r: EntityRow): EntitySummary {
  const aliases = stmt(db, 'SELECT name FROM entity_names WHERE entity_id = ? AND name <> ? ORDER BY uses DESC, name LIMIT 20')
    .pluck().all(r.id, r.name) as string[];
  const facts = stmt(db, 'SELECT count(DISTINCT fact_id) FROM fact_entities WHERE entity_id = ?').pluck().get(r.id) as number;
  return { ...toRef(r), aliases, documents: r.doc_count, mentions: r.mention_count, factCount: facts };
}

function toRef(r: EntityRow): EntityRef {
  return { id: r.id, name: r.name, type: r.type };
}
