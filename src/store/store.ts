import type { SourceDocument } from '../ingest/document.js';
import type { GraphStore } from './graph-store.js';

/** What happened to one document on ingest. */
export type UpsertOutcome =
  | { status: 'added'; version: 1 }
  | { status: 'updated'; version: number }
  | { status: 'unchanged'; version: number }
  /** Same content already stored under another id: nothing is written. */
  | { status: 'duplicate'; of: string };

export interface StoredDocument extends SourceDocument {
  version: number;
  ingestedAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  lang: string;
  version: number;
}

/**
 * The seam between Veille and its database. SQLite is the embedded default;
 * every method is synchronous because better-sqlite3 is, and a PostgreSQL
 * backend would sit behind an async twin of this interface.
 */
export interface Store {
  readonly path: string;
  /** The knowledge graph: extractions, entities, facts, search, curation. */
  readonly graph: GraphStore;
  /** Runs `fn` in one transaction: all of it lands, or none of it. */
  transaction<T>(fn: () => T): T;
  upsertDocument(doc: SourceDocument): UpsertOutcome;
  getDocument(id: string, version?: number): StoredDocument | null;
  listDocuments(opts?: { limit?: number; offset?: number }): DocumentSummary[];
  countDocuments(): number;
  close(): void;
}
