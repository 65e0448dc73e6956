import type { SourceDocument } from '../ingest/document.js';
import type { DocumentGraph } from './graph-writer.js';
import type { Store, UpsertOutcome } from './store.js';

export interface StoredOutcome {
  id: string;
  outcome: UpsertOutcome;
  extracted: boolean;
}

export interface IngestDocumentsOptions {
  /** Re-extract unchanged documents too (after the extractors improved). */
  reextract?: boolean;
  /** Told about each document whose extraction threw; it is stored without a graph and retried next time. */
  onExtractError?: (doc: SourceDocument, error: Error) => void;
  /** Called after each extraction (for progress). */
  onExtracted?: () => void;
}

/**
 * Extracts the documents that need it (new, changed, never extracted) first — pure CPU, outside any
 * transaction — then stores documents, mentions and facts and resolves entities in one transaction.
 * Unchanged documents cost a hash comparison; a changed one replaces only its own graph rows.
 */
export function ingestDocuments(
  store: Store, docs: SourceDocument[], extract: (doc: SourceDocument) => DocumentGraph, opts: IngestDocumentsOptions = {},
): StoredOutcome[] {
  const graphs = new Map<SourceDocument, DocumentGraph>();
  for (const doc of docs) {
    if (!opts.reextract && !store.graph.needsExtraction(doc)) continue;
    try {
      graphs.set(doc, extract(doc));
    } catch (e) {
      opts.onExtractError?.(doc, e as Error);
    }
    opts.onExtracted?.();
  }
  return store.transaction(() => {
    const out: StoredOutcome[] = [];
    const items: { docId: string; graph: DocumentGraph }[] = [];
    for (const doc of docs) {
      const outcome = store.upsertDocument(doc);
      const graph = graphs.get(doc);
      const extracted = graph !== undefined && outcome.status !== 'duplicate';
      if (extracted) items.push({ docId: doc.id, graph });
      out.push({ id: doc.id, outcome, extracted });
    }
    if (items.length) store.graph.saveExtractions(items);
    return out;
  });
}
