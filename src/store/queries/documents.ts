import type Database from 'better-sqlite3';
import type { EntityType } from '../../extract/model.js';
import type { FactRecord, Page, PageOptions, SpanRef } from '../graph-types.js';
import type { DocumentSummary, StoredDocument } from '../store.js';
import { stmt } from '../statements.js';
import { getFacts } from './facts.js';

export interface DocumentView extends StoredDocument {
  /** Entity mentions in `text`, in order, each with the entity it was resolved to. */
  mentions: SpanRef[];
  /** Facts this document reports (each with all its sources). */
  facts: FactRecord[];
}

export function listDocumentsPage(db: Database.Database, opts: PageOptions & { entity?: number } = {}): Page<DocumentSummary> {
  const limit = opts.limit ?? 50;
  const offset = opts.offset ?? 0;
  const filter = opts.entity === undefined ? '' : 'WHERE d.id IN (SELECT doc_id FROM occurrences WHERE entity_id = ?)';
  const args = opts.entity === undefined ? [] : [opts.entity];
  const total = stmt(db, `SELECT count(*) FROM documents d ${filter}`).pluck().get(...args) as number;
  const items = stmt(db, `SELECT d.id, v.title, v.published, v.lang, v.version FROM documents d
    JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version ${filter}
    ORDER BY v.published IS NULL, v.published DESC, d.id LIMIT ? OFFSET ?`).all(...args, limit, offset) as DocumentSummary[];
  return { items, total, limit, offset };
}

/** The document's spans and facts; `doc` is its current version (mentions only exist for that one). */
export function documentGraph(db: Database.Database, doc: StoredDocument): DocumentView {
  const rows = stmt(db, `SELECT m.start, m.end, m.text, o.type, m.rule, e.id AS entity_id, e.name AS entity_name, e.type AS entity_type
    FROM mentions m JOIN occurrences o ON o.id = m.occurrence_id LEFT JOIN entities e ON e.id = o.entity_id
    WHERE m.doc_id = ? ORDER BY m.start, m.end`).all(doc.id) as
    { start: number; end: number; text: string; type: EntityType; rule: string; entity_id: number | null; entity_name: string; entity_type: EntityType }[];
  const mentions = rows.map((r) => ({
    start: r.start, end: r.end, text: r.text, type: r.type, rule: r.rule,
    entity: r.entity_id === null ? null : { id: r.entity_id, name: r.entity_name, type: r.entity_type },
  }));
  const factIds = stmt(db, 'SELECT DISTINCT fact_id FROM fact_sources WHERE doc_id = ? AND fact_id IS NOT NULL ORDER BY fact_id')
    .pluck().all(doc.id) as number[];
  return { ...doc, mentions, facts: getFacts(db, factIds) };
}
