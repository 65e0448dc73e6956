import Database from 'better-sqlite3';
import type { SourceDocument } from '../ingest/document.js';
import { indexDocument } from './migration-search.js';
import { migrations } from './migrations.js';
import { SqliteGraph } from './sqlite-graph.js';
import type { DocumentSummary, Store, StoredDocument, UpsertOutcome } from './store.js';

interface VersionRow {
  doc_id: string;
  version: number;
  source: string;
  title: string | null;
  published: string | null;
  author: string | null;
  lang: 'fr' | 'en';
  text: string;
  hash: string;
  ingested_at: string;
}

/** Opens (creating if needed) a SQLite store on disk and brings its schema up to date. */
export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore(path);
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  readonly graph: SqliteGraph;

  constructor(readonly path: string) {
    this.db = new Database(path);
    // WAL keeps readers (the API) unblocked while an ingest writes.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.graph = new SqliteGraph(this.db, (id) => this.getDocument(id));
  }

  private migrate(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set(
      this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
    );
    const latest = Math.max(0, ...done);
    const known = Math.max(...migrations.map((m) => m.version));
    if (latest > known) {
      throw new Error(`${this.path}: database schema v${latest} is newer than this Veille (v${known}); upgrade Veille`);
    }
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        m.run?.(this.db);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
  }

  get schemaVersion(): number {
    return this.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  upsertDocument(doc: SourceDocument): UpsertOutcome {
    const current = this.db
      .prepare(
        `SELECT v.version, v.hash FROM documents d
         JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version WHERE d.id = ?`,
      )
      .get(doc.id) as { version: number; hash: string } | undefined;
    if (current?.hash === doc.hash) return { status: 'unchanged', version: current.version };
    if (!current) {
      const twin = this.db
        .prepare('SELECT doc_id FROM document_versions WHERE hash = ? AND doc_id <> ? LIMIT 1')
        .pluck()
        .get(doc.hash, doc.id) as string | undefined;
      if (twin) return { status: 'duplicate', of: twin };
    }
    const now = new Date().toISOString();
    const version = (current?.version ?? 0) + 1;
    if (!current) {
      this.db.prepare('INSERT INTO documents (id, current_version, first_ingested_at) VALUES (?, ?, ?)').run(doc.id, version, now);
    } else {
      this.db.prepare('UPDATE documents SET current_version = ? WHERE id = ?').run(version, doc.id);
    }
    this.db
      .prepare(
        `INSERT INTO document_versions (doc_id, version, source, title, published, author, lang, text, hash, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(doc.id, version, doc.source, doc.title, doc.published, doc.author, doc.lang, doc.text, doc.hash, now);
    indexDocument(this.db, doc.id, doc.title, doc.text);
    return version === 1 ? { status: 'added', version: 1 } : { status: 'updated', version };
  }

  getDocument(id: string, version?: number): StoredDocument | null {
    const row = this.db
      .prepare(
        `SELECT v.* FROM documents d JOIN document_versions v ON v.doc_id = d.id
         WHERE d.id = ? AND v.version = coalesce(?, d.current_version)`,
      )
      .get(id, version ?? null) as VersionRow | undefined;
    return row ? toStored(row) : null;
  }

  listDocuments(opts: { limit?: number; offset?: number } = {}): DocumentSummary[] {
    return this.db
      .prepare(
        `SELECT d.id, v.title, v.published, v.lang, v.version FROM documents d
         JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version
         ORDER BY v.published IS NULL, v.published DESC, d.id LIMIT ? OFFSET ?`,
      )
      .all(opts.limit ?? -1, opts.offset ?? 0) as DocumentSummary[];
  }

  countDocuments(): number {
    return this.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  }

  close(): void {
    this.db.close();
  }
}

function toStored(r: VersionRow): StoredDocument {
  return {
    id: r.doc_id, source: r.source, title: r.title, published: r.published, author: r.author,
    lang: r.lang, text: r.text, hash: r.hash, version: r.version, ingestedAt: r.ingested_at,
  };
}
