import type { Command } from 'commander';
import { openStore } from './store-option.js';
import { table } from './table.js';

export function registerDocs(program: Command): void {
  program
    .command('docs')
    .description('list stored documents: id, date, language, title')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--limit <n>', 'at most this many', parseCount)
    .option('--json', 'one JSON array')
    .action((opts: { db?: string; json?: boolean; limit?: number }) => {
      const store = openStore(opts.db);
      try {
        const docs = store.listDocuments({ limit: opts.limit });
        if (opts.json) return console.log(JSON.stringify(docs, null, 2));
        if (docs.length === 0) return console.log(`${store.path}: no documents yet`);
        console.log(table(['id', 'date', 'lang', 'title'], docs.map((d) => [d.id, d.published ?? '', d.lang, d.title ?? ''])));
      } finally {
        store.close();
      }
    });
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}
