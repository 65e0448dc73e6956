import type Database from 'better-sqlite3';
import type { Entity, Fact } from '../extract/model.js';
import { isFactType, mapEntityFields } from '../graph/fact-keys.js';
import { lookupKeys, typedKey } from '../graph/keys.js';
import { stmt } from './statements.js';

/** What extraction found in one document. */
export interface DocumentGraph {
  entities: Entity[];
  facts: Fact[];
}

/** What resolution must revisit after documents changed: their keys, former entities and documents. */
export interface Pending {
  keys: Set<string>;
  entities: Set<number>;
  docs: Set<string>;
  facts: Set<number>;
  /** Ids to keep when their entity merges with others (a curator's « merge B into A » keeps A's id). */
  prefer: Set<number>;
}

export function emptyPending(): Pending {
  return { keys: new Set(), entities: new Set(), docs: new Set(), facts: new Set(), prefer: new Set() };
}

/**
 * Replaces one document's occurrences, mentions and fact reports with a new extraction, leaving every
 * other document's rows alone. Entities and facts are left to resolution (resolve.ts), told by `pending`.
 */
export function replaceDocumentGraph(db: Database.Database, docId: string, version: number, graph: DocumentGraph, pending: Pending): void {
  const former = forgetDocumentGraph(db, docId, pending);
  const localToOccurrence = new Map<string, number>();
  for (const e of graph.entities) {
    const aliases = [...new Set(e.aliases.filter((a) => a && a !== e.name))];
    // A name the previous version also had starts in its former entity: resolution keeps that id if it still fits.
    const { lastInsertRowid } = stmt(db, `INSERT INTO occurrences (doc_id, local_id, type, name, aliases, mention_count, entity_id)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(docId, e.id, e.type, e.name, JSON.stringify(aliases), e.mentions.length, former.get(typedKey(e.type, e.name)) ?? null);
    const id = Number(lastInsertRowid);
    localToOccurrence.set(e.id, id);
    for (const key of lookupKeys({ id, doc: docId, type: e.type, name: e.name, aliases })) {
      stmt(db, 'INSERT OR IGNORE INTO occurrence_keys (key, occurrence_id) VALUES (?, ?)').run(key, id);
      pending.keys.add(key);
    }
    for (const m of e.mentions) {
      stmt(db, 'INSERT INTO mentions (occurrence_id, doc_id, start, end, text, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, docId, m.start, m.end, m.text, m.sentence, m.rule);
    }
  }
  graph.facts.forEach((f, seq) => {
    if (!isFactType(f.type)) return;
    const { type, evidence, ...rest } = f;
    const fields = mapEntityFields<string, number>(type, rest, (local) => localToOccurrence.get(String(local)));
    stmt(db, `INSERT INTO fact_sources (doc_id, seq, type, fields, fact_id, sentence, start, end, text, rule)
      VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`).run(
      docId, seq, type, JSON.stringify(fields),
      evidence?.sentence ?? null, evidence?.start ?? null, evidence?.end ?? null, evidence?.text ?? null, evidence?.rule ?? null,
    );
  });
  stmt(db, `INSERT INTO extractions (doc_id, version, extracted_at) VALUES (?, ?, ?)
    ON CONFLICT (doc_id) DO UPDATE SET version = excluded.version, extracted_at = excluded.extracted_at`)
    .run(docId, version, new Date().toISOString());
  pending.docs.add(docId);
}

/**
 * Removes a document's graph rows, noting in `pending` what they touched.
 * Returns the entity each of its names belonged to (typed key → entity id).
 */
export function forgetDocumentGraph(db: Database.Database, docId: string, pending: Pending): Map<string, number> {
  const old = stmt(db, 'SELECT type, name, entity_id FROM occurrences WHERE doc_id = ? AND entity_id IS NOT NULL').all(docId) as
    { type: string; name: string; entity_id: number }[];
  const former = new Map<string, number>();
  for (const o of old) {
    pending.entities.add(o.entity_id);
    former.set(typedKey(o.type, o.name), o.entity_id);
  }
  const keys = stmt(db, `SELECT DISTINCT k.key FROM occurrences o JOIN occurrence_keys k ON k.occurrence_id = o.id
    WHERE o.doc_id = ?`).pluck().all(docId) as string[];
  for (const k of keys) pending.keys.add(k);
  const facts = stmt(db, 'SELECT DISTINCT fact_id FROM fact_sources WHERE doc_id = ? AND fact_id IS NOT NULL').pluck().all(docId) as number[];
  for (const id of facts) pending.facts.add(id);
  stmt(db, 'DELETE FROM fact_sources WHERE doc_id = ?').run(docId);
  stmt(db, 'DELETE FROM occurrences WHERE doc_id = ?').run(docId);
  return former;
}
