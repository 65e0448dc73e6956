import type { Command } from 'commander';
import { IngestError, type SourceDocument } from '../ingest/document.js';
import { readSources } from '../ingest/index.js';
import { extractDocument } from '../pipeline.js';
import type { DocumentGraph } from '../store/graph-writer.js';
import { ingestDocuments } from '../store/ingest-documents.js';
import { progress } from './progress.js';
import { openStore } from './store-option.js';

export interface IngestSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  /** Documents whose entities and facts were (re)extracted. */
  extracted: number;
  total: number;
  entities: number;
  facts: number;
}

export interface IngestOptions {
  /** Re-extract unchanged documents too (after the extractors improved). */
  reextract?: boolean;
  /** The extractor; tests pass a stand-in. */
  extract?: (doc: SourceDocument) => DocumentGraph;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read text, Markdown, HTML and RSS/Atom files (folders recursively), extract entities and facts, and store them')
    .argument('<path...>', 'files or folders to ingest')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--reextract', 're-extract unchanged documents too (after upgrading Veille)')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { db?: string; json?: boolean; reextract?: boolean }) => {
      const summary = await ingest(paths, opts.db, { reextract: opts.reextract });
      if (opts.json) console.log(JSON.stringify(summary));
      else console.log(formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
    });
}

export function extractGraph(doc: SourceDocument): DocumentGraph {
  const { entities, facts } = extractDocument(doc);
  return { entities, facts };
}

/**
 * Parses every source, then extracts and stores them (ingestDocuments): documents, mentions, facts
 * and entity resolution land in one transaction, so a crash or a bad file never leaves the store half-written.
 */
export async function ingest(paths: string[], db: string | undefined, opts: IngestOptions = {}): Promise<IngestSummary> {
  const store = openStore(db, { create: true });
  try {
    const { docs, files, failed } = await readAll(paths);
    const bar = progress('extracting');
    let extractFailed = 0;
    const results = ingestDocuments(store, docs, opts.extract ?? extractGraph, {
      reextract: opts.reextract,
      onExtracted: () => bar.tick(),
      onExtractError: (doc, e) => {
        extractFailed++;
        bar.note(`error: ${doc.source}: extraction failed: ${e.message}`);
      },
    });
    bar.done();
    const counts = { added: 0, updated: 0, unchanged: 0, duplicate: 0 };
    for (const r of results) counts[r.outcome.status]++;
    const stats = store.graph.stats();
    return {
      files, ...counts, failed: failed + extractFailed, extracted: results.filter((r) => r.extracted).length,
      total: stats.documents, entities: stats.entities.total, facts: stats.facts.total,
    };
  } finally {
    store.close();
  }
}

async function readAll(paths: string[]): Promise<{ docs: SourceDocument[]; files: number; failed: number }> {
  const docs: SourceDocument[] = [];
  const files = new Set<string>();
  let failed = 0;
  const bar = progress('reading');
  for await (const item of readSources(paths)) {
    if (item instanceof IngestError) {
      failed++;
      files.add(item.file);
      bar.note(`error: ${item.message}`);
    } else {
      docs.push(item);
      files.add(item.source.replace(/#\d+$/, ''));
    }
    bar.tick();
  }
  bar.done();
  return { docs, files: files.size, failed };
}

export function formatSummary(s: IngestSummary): string {
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.unchanged} unchanged`];
  if (s.duplicate) parts.push(`${s.duplicate} duplicate`);
  const failed = s.failed ? `, ${s.failed} failed` : '';
  return `${s.files} files read: ${parts.join(', ')}${failed}; ${s.extracted} extracted. ` +
    `The store now holds ${s.total} documents, ${s.entities} entities and ${s.facts} facts.`;
}
