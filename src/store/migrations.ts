/**
 * Versioned schema migrations, applied in order and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
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
];
