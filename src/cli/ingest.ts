import type { Command } from 'commander';
import { IngestError, type SourceDocument } from '../ingest/document.js';
import { readSources } from '../ingest/index.js';
import type { UpsertOutcome } from '../store/store.js';
import { progress } from './progress.js';
import { openStore } from './store-option.js';

export interface IngestSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  total: number;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read text, Markdown, HTML and RSS/Atom files (folders recursively) into the store')
    .argument('<path...>', 'files or folders to ingest')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { db?: string; json?: boolean }) => {
      const summary = await ingest(paths, opts.db);
      if (opts.json) console.log(JSON.stringify(summary));
      else console.log(formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
    });
}

/**
 * Parses every source first, then writes all documents in one transaction:
 * a crash or a bad file never leaves the store half-written.
 */
export async function ingest(paths: string[], db: string | undefined): Promise<IngestSummary> {
  const store = openStore(db, { create: true });
  try {
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
    const counts = { added: 0, updated: 0, unchanged: 0, duplicate: 0 };
    store.transaction(() => {
      for (const doc of docs) {
        const outcome: UpsertOutcome = store.upsertDocument(doc);
        counts[outcome.status]++;
      }
    });
    return { files: files.size, ...counts, failed, total: store.countDocuments() };
  } finally {
    store.close();
  }
}

export function formatSummary(s: IngestSummary): string {
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.unchanged} unchanged`];
  if (s.duplicate) parts.push(`${s.duplicate} duplicate`);
  const failed = s.failed ? `, ${s.failed} failed` : '';
  return `${s.files} files read: ${parts.join(', ')}${failed}. The store now holds ${s.total} documents.`;
}
