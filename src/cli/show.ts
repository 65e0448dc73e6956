import type { Command } from 'commander';
import { CliError } from './errors.js';
import { parseCount } from './docs.js';
import { openStore } from './store-option.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description("print a document's metadata and clean text")
    .argument('<id>', 'document id (see `veille docs`)')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--version <n>', 'an earlier version of the document', parseCount)
    .option('--json', 'one JSON object')
    .action((id: string, opts: { db?: string; json?: boolean; version?: number }) => {
      const store = openStore(opts.db);
      try {
        const doc = store.getDocument(id, opts.version);
        if (!doc) throw new CliError(`${store.path}: no document "${id}"${opts.version ? ` at version ${opts.version}` : ''}`);
        if (opts.json) return console.log(JSON.stringify(doc, null, 2));
        const meta: [string, string | number | null][] = [
          ['id', doc.id], ['title', doc.title], ['published', doc.published], ['author', doc.author],
          ['language', doc.lang], ['source', doc.source], ['version', doc.version], ['hash', doc.hash],
        ];
        for (const [k, v] of meta) if (v !== null) console.log(`${k.padEnd(10)} ${v}`);
        console.log(`\n${doc.text}`);
      } finally {
        store.close();
      }
    });
}
