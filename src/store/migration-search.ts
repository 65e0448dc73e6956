import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';
import { stemText } from './stem.js';

/**
 * Full-text search over the current version of each document. SQLite cannot call a JavaScript
 * tokenizer, so the index holds a stemmed shadow of the title and text (stem.ts); unicode61 with
 * remove_diacritics 2 folds case and accents. Snippets are cut from the real text (search.ts).
 */
export const searchMigration: Migration = {
  version: 3,
  name: 'search',
  sql: `
    -- rowid = documents.rowid
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = "unicode61 remove_diacritics 2");
  `,
  run: (db) => {
    const rows = db
      .prepare(`SELECT v.doc_id, v.title, v.text FROM documents d
                JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version`)
      .all() as { doc_id: string; title: string | null; text: string }[];
    for (const r of rows) indexDocument(db, r.doc_id, r.title, r.text);
  },
};

/** (Re)indexes a document's current text under the rowid of its `documents` row. */
export function indexDocument(db: Database.Database, id: string, title: string | null, text: string): void {
  const rowid = db.prepare('SELECT rowid FROM documents WHERE id = ?').pluck().get(id) as number;
  db.prepare('DELETE FROM documents_fts WHERE rowid = ?').run(rowid);
  db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)').run(rowid, stemText(title ?? ''), stemText(text));
}
