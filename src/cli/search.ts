import type { Command } from 'commander';
import type { SearchHit } from '../store/graph-types.js';
import { parseCount } from './docs.js';
import { openStore } from './store-option.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over the articles (accents, case and French plural/feminine endings ignored; "quoted phrases")')
    .argument('<query...>', 'words to find, all required')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--limit <n>', 'at most this many', parseCount, 20)
    .option('--offset <n>', 'skip this many', parseCount, 0)
    .option('--json', 'one JSON page {items, total, limit, offset}')
    .action((words: string[], opts: { db?: string; limit: number; offset: number; json?: boolean }) => {
      const store = openStore(opts.db);
      try {
        const page = store.graph.search(words.join(' '), opts);
        if (opts.json) return console.log(JSON.stringify(page, null, 2));
        if (page.total === 0) return console.log('no matching document');
        for (const h of page.items) console.log(`${h.doc}  ${h.published ?? ''}  ${h.title ?? ''}\n    ${marked(h)}\n`);
        console.log(`${page.offset + 1}–${page.offset + page.items.length} of ${page.total}`);
      } finally {
        store.close();
      }
    });
}

/** The snippet with matched words in [brackets]. */
export function marked(h: SearchHit): string {
  let out = '';
  let at = 0;
  for (const [s, e] of h.marks) {
    out += `${h.snippet.slice(at, s)}[${h.snippet.slice(s, e)}]`;
    at = e;
  }
  return out + h.snippet.slice(at);
}
