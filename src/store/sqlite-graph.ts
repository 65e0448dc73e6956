import type Database from 'better-sqlite3';
import type { EntityType } from '../extract/model.js';
import { mergeEntities, renameEntity, splitEntity } from './curation.js';
import { listDecisions } from './decisions.js';
import type { GraphStore } from './graph-store.js';
import type { FactFilter, FundingAxis, PageOptions } from './graph-types.js';
import { emptyPending, replaceDocumentGraph, type DocumentGraph } from './graph-writer.js';
import { documentGraph, listDocumentsPage } from './queries/documents.js';
import { findEntities, getEntity, listEntities, type EntityFilter } from './queries/entities.js';
import { listFacts } from './queries/facts.js';
import { neighbourhood } from './queries/neighbourhood.js';
import { entityProfile } from './queries/profile.js';
import { searchDocuments } from './queries/search.js';
import { fundingTotals, graphStats } from './queries/stats.js';
import { resolvePending } from './resolve.js';
import { stmt } from './statements.js';
import type { StoredDocument } from './store.js';

/** GraphStore on the SQLite connection of a SqliteStore. Writes run in a transaction of their own (nested ones join the caller's). */
export class SqliteGraph implements GraphStore {
  constructor(
    private readonly db: Database.Database,
    private readonly getDocument: (id: string) => StoredDocument | null,
  ) {}

  needsExtraction(doc: { id: string; hash: string }): boolean {
    const row = stmt(this.db, `SELECT v.hash, d.current_version AS current, e.version AS extracted FROM documents d
      JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version
      LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.id = ?`).get(doc.id) as { hash: string; current: number; extracted: number | null } | undefined;
    return !row || row.hash !== doc.hash || row.extracted !== row.current;
  }

  saveExtractions(items: { docId: string; graph: DocumentGraph }[]) {
    return this.db.transaction(() => {
      const pending = emptyPending();
      for (const { docId, graph } of items) {
        const version = stmt(this.db, 'SELECT current_version FROM documents WHERE id = ?').pluck().get(docId) as number | undefined;
        if (version === undefined) throw new Error(`saveExtractions: no document "${docId}" in the store`);
        replaceDocumentGraph(this.db, docId, version, graph, pending);
      }
      return resolvePending(this.db, pending);
    })();
  }

  rebuild() {
    return this.db.transaction(() => {
      this.db.exec('UPDATE occurrences SET entity_id = NULL; DELETE FROM entities; UPDATE fact_sources SET fact_id = NULL; DELETE FROM facts;');
      const pending = emptyPending();
      for (const doc of stmt(this.db, 'SELECT doc_id FROM extractions').pluck().all() as string[]) pending.docs.add(doc);
      return resolvePending(this.db, pending);
    })();
  }

  /** data_version moves on other connections' commits, total_changes() on this one's. */
  changeToken() {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    return `${version}:${stmt(this.db, 'SELECT total_changes()').pluck().get() as number}`;
  }

  search(query: string, page?: PageOptions) { return searchDocuments(this.db, query, page); }
  listEntities(filter?: EntityFilter) { return listEntities(this.db, filter); }
  getEntity(id: number) { return getEntity(this.db, id); }
  findEntities(name: string, type?: EntityType) { return findEntities(this.db, name, type); }
  profile(id: number, factLimit?: number) { return entityProfile(this.db, id, factLimit); }
  listFacts(filter?: FactFilter, sourcesPerFact?: number) { return listFacts(this.db, filter, sourcesPerFact); }
  listDocuments(page?: PageOptions & { entity?: number }) { return listDocumentsPage(this.db, page); }
  neighbourhood(id: number, depth?: 1 | 2, maxNodes?: number) { return neighbourhood(this.db, id, depth, maxNodes); }
  stats() { return graphStats(this.db); }
  fundingTotals(by: FundingAxis, opts?: PageOptions & { from?: string; to?: string }) { return fundingTotals(this.db, by, opts); }

  document(id: string) {
    const doc = this.getDocument(id);
    return doc ? documentGraph(this.db, doc) : null;
  }

  merge(into: number, from: number) { return this.db.transaction(() => mergeEntities(this.db, into, from))(); }
  split(entity: number, selection: { docs?: string[]; names?: string[] }) { return this.db.transaction(() => splitEntity(this.db, entity, selection))(); }
  rename(entity: number, name: string) { return this.db.transaction(() => renameEntity(this.db, entity, name))(); }
  decisions() { return listDecisions(this.db); }
}
