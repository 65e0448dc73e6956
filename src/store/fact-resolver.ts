import type Database from 'better-sqlite3';
import type { FactType } from '../extract/model.js';
import { entityRefs, factDate, factKey, mapEntityFields } from '../graph/fact-keys.js';
import { mergeReports } from '../graph/merge-reports.js';
import type { Pending } from './graph-writer.js';
import { stmt } from './statements.js';

interface SourceRow {
  id: number;
  type: FactType;
  fields: string;
  fact_id: number | null;
  published: string | null;
}

const SOURCES = `SELECT fs.id, fs.type, fs.fields, fs.fact_id, v.published FROM fact_sources fs
  JOIN documents d ON d.id = fs.doc_id JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version`;

/**
 * Files each report of the changed documents under its canonical fact (same type and key arguments,
 * after entity resolution), then recomputes every fact that gained or lost a report. A fact reported
 * by three articles is one row with three sources; one left with none is deleted.
 */
export function resolveFacts(db: Database.Database, pending: Pending): void {
  const entityOf = entityLookup(db);
  const touched = new Set(pending.facts);
  for (const doc of pending.docs) {
    for (const s of stmt(db, `${SOURCES} WHERE fs.doc_id = ?`).all(doc) as SourceRow[]) {
      const fields = canonical(s, entityOf);
      const key = factKey(s.type, fields, s.published) ?? `source:${s.id}`;
      let id = stmt(db, 'SELECT id FROM facts WHERE key = ?').pluck().get(key) as number | undefined;
      id ??= Number(stmt(db, `INSERT INTO facts (type, key, fields, source_count) VALUES (?, ?, '{}', 0)`).run(s.type, key).lastInsertRowid);
      if (s.fact_id !== id) {
        stmt(db, 'UPDATE fact_sources SET fact_id = ? WHERE id = ?').run(id, s.id);
        if (s.fact_id !== null) touched.add(s.fact_id);
      }
      touched.add(id);
    }
  }
  for (const id of touched) refreshFact(db, id, entityOf);
  pending.docs.clear();
  pending.facts.clear();
}

function refreshFact(db: Database.Database, id: number, entityOf: (occurrence: number) => number | null): void {
  const sources = stmt(db, `${SOURCES} WHERE fs.fact_id = ?`).all(id) as SourceRow[];
  if (sources.length === 0) {
    stmt(db, 'DELETE FROM facts WHERE id = ?').run(id);
    return;
  }
  const type = sources[0]!.type;
  const fields = mergeReports(sources.map((s) => ({ fields: canonical(s, entityOf), published: s.published })));
  const own = factDate(fields);
  const published = sources.map((s) => s.published).filter((p): p is string => p !== null).sort()[0] ?? null;
  stmt(db, `UPDATE facts SET fields = ?, date = ?, date_basis = ?, amount = ?, currency = ?, source_count = ? WHERE id = ?`).run(
    JSON.stringify(fields), own ?? published, own ? 'fact' : published ? 'article' : null,
    typeof fields.amount === 'number' ? fields.amount : null, typeof fields.currency === 'string' ? fields.currency : null,
    sources.length, id,
  );
  stmt(db, 'DELETE FROM fact_entities WHERE fact_id = ?').run(id);
  for (const ref of entityRefs(type, fields)) {
    stmt(db, 'INSERT OR IGNORE INTO fact_entities (entity_id, fact_id, role) VALUES (?, ?, ?)').run(ref.id, id, ref.role);
  }
}

function canonical(s: SourceRow, entityOf: (occurrence: number) => number | null): Record<string, unknown> {
  return mapEntityFields<number, number>(s.type, JSON.parse(s.fields) as Record<string, unknown>, entityOf);
}

function entityLookup(db: Database.Database): (occurrence: number) => number | null {
  return (occurrence) => stmt(db, 'SELECT entity_id FROM occurrences WHERE id = ?').pluck().get(occurrence) as number | null ?? null;
}
