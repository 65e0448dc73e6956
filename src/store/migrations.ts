/**
 * Versioned schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: add a new one.
 */
import type Database from 'better-sqlite3';
import { graphMigration } from './migration-graph.js';
import { searchMigration } from './migration-search.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data to fill in JavaScript after the SQL ran (e.g. stemmed search text), in the same transaction. */
  run?: (db: Database.Database) => void;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        current_version INTEGER NOT NULL,
        first_ingested_at TEXT NOT NULL
      );
      -- Every distinct content seen at an id is kept: a changed article is a new version.
      CREATE TABLE document_versions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        source TEXT NOT NULL,
        title TEXT,
        published TEXT,
        author TEXT,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, version)
      );
      CREATE INDEX document_versions_hash ON document_versions(hash);
    `,
  },
  graphMigration,
  searchMigration,
];
