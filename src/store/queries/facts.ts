import type Database from 'better-sqlite3';
import type { FactType } from '../../extract/model.js';
import { ENTITY_FIELDS, entityRefs as refsIn } from '../../graph/fact-keys.js';
import type { EntityRef, FactFilter, FactRecord, Page, SourceRef } from '../graph-types.js';
import { stmt } from '../statements.js';
import { entityRefs } from './entities.js';

interface FactRow {
  id: number;
  type: FactType;
  fields: string;
  date: string | null;
  date_basis: 'fact' | 'article' | null;
  source_count: number;
}

/** Facts filtered by type, entity and date range, newest first. */
export function listFacts(db: Database.Database, f: FactFilter = {}, sourcesPerFact = 20): Page<FactRecord> {
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const { clause, args } = factWhere(f);
  const total = stmt(db, `SELECT count(*) FROM facts f ${clause}`).pluck().get(...args) as number;
  const rows = stmt(db, `SELECT f.* FROM facts f ${clause} ORDER BY f.date IS NULL, f.date DESC, f.id LIMIT ? OFFSET ?`)
    .all(...args, limit, offset) as FactRow[];
  return { items: hydrateFacts(db, rows, sourcesPerFact), total, limit, offset };
}

export function factWhere(f: FactFilter): { clause: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    args.push(...values);
  };
  if (f.type) add('f.type = ?', f.type);
  if (f.entity !== undefined) add('f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)', f.entity);
  if (f.from) add('substr(f.date, 1, length(?)) >= ?', f.from, f.from);
  if (f.to) add('substr(f.date, 1, length(?)) <= ?', f.to, f.to);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

export function getFacts(db: Database.Database, ids: number[], sourcesPerFact = 20): FactRecord[] {
  const rows = stmt(db, 'SELECT * FROM facts WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as FactRow[];
  const byId = new Map(hydrateFacts(db, rows, sourcesPerFact).map((f) => [f.id, f]));
  return ids.map((id) => byId.get(id)).filter((f): f is FactRecord => f !== undefined);
}

/** Fact rows → records: entity ids become references, and each fact gets its sources, oldest first. */
export function hydrateFacts(db: Database.Database, rows: FactRow[], sourcesPerFact: number): FactRecord[] {
  const parsed = rows.map((r) => ({ row: r, fields: JSON.parse(r.fields) as Record<string, unknown> }));
  const refs = entityRefs(db, parsed.flatMap((p) => refsIn(p.row.type, p.fields).map((r) => r.id)));
  const sources = sourcesOf(db, rows.map((r) => r.id), sourcesPerFact);
  return parsed.map(({ row, fields }) => ({
    id: row.id,
    type: row.type,
    date: row.date,
    dateBasis: row.date_basis,
    fields: expand(row.type, fields, refs),
    sourceCount: row.source_count,
    sources: sources.get(row.id) ?? [],
  }));
}

function expand(type: FactType, fields: Record<string, unknown>, refs: Map<number, EntityRef>): Record<string, unknown> {
  const out = { ...fields };
  for (const f of ENTITY_FIELDS[type]) {
    const v = fields[f];
    if (Array.isArray(v)) out[f] = v.map((id) => refs.get(id as number)).filter(Boolean);
    else if (typeof v === 'number') out[f] = refs.get(v) ?? null;
  }
  return out;
}

interface SourceRow extends SourceRef {
  fact_id: number;
}

function sourcesOf(db: Database.Database, ids: number[], perFact: number): Map<number, SourceRef[]> {
  const out = new Map<number, SourceRef[]>();
  if (ids.length === 0) return out;
  const rows = stmt(db, `SELECT fs.fact_id, fs.doc_id AS doc, v.title, v.published, fs.sentence, fs.start, fs.end, fs.text, fs.rule
    FROM fact_sources fs JOIN documents d ON d.id = fs.doc_id JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version
    WHERE fs.fact_id IN (SELECT value FROM json_each(?)) ORDER BY v.published IS NULL, v.published, fs.doc_id, fs.seq`)
    .all(JSON.stringify(ids)) as SourceRow[];
  for (const { fact_id, ...s } of rows) {
    const list = out.get(fact_id) ?? [];
    if (list.length < perFact) list.push(s);
    out.set(fact_id, list);
  }
  return out;
}
