import type { Command } from 'commander';
import type { FactType } from '../extract/model.js';
import { describeFact } from '../graph/describe-fact.js';
import { FACT_TYPES, isFactType } from '../graph/fact-keys.js';
import { parseCount } from './docs.js';
import { entityArg } from './entity-arg.js';
import { CliError } from './errors.js';
import { openStore } from './store-option.js';
import { table } from './table.js';

interface FactsOptions {
  db?: string;
  type?: string;
  from?: string;
  to?: string;
  entity?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('facts, newest first, each with its sources; filter by type, date range and entity')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--type <type>', `one of ${FACT_TYPES.join(', ')}`)
    .option('--from <date>', 'dated from (2020, 2020-06, 2020-06-15), inclusive', isoDate)
    .option('--to <date>', 'dated up to, inclusive', isoDate)
    .option('--entity <name>', 'facts this entity takes part in (name, alias or id)')
    .option('--limit <n>', 'at most this many', parseCount, 50)
    .option('--offset <n>', 'skip this many', parseCount, 0)
    .option('--json', 'one JSON page {items, total, limit, offset}')
    .action((opts: FactsOptions) => {
      if (opts.type !== undefined && !isFactType(opts.type)) throw new CliError(`--type: expected one of ${FACT_TYPES.join(', ')}`);
      const store = openStore(opts.db);
      try {
        const entity = opts.entity ? entityArg(store, opts.entity).id : undefined;
        const page = store.graph.listFacts({ ...opts, type: opts.type as FactType | undefined, entity });
        if (opts.json) return console.log(JSON.stringify(page, null, 2));
        console.log(table(['id', 'date', 'type', 'sources', 'fact'], page.items.map((f) => [
          String(f.id), f.date ?? '', f.type,
          f.sources.slice(0, 2).map((s) => s.doc).join(', ') + (f.sourceCount > 2 ? ` +${f.sourceCount - 2}` : ''),
          describeFact(f.type, f.fields),
        ])));
        console.log(`${page.items.length ? `${page.offset + 1}–${page.offset + page.items.length}` : '0'} of ${page.total} facts`);
      } finally {
        store.close();
      }
    });
}

export function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new Error(`expected a date like 2020, 2020-06 or 2020-06-15, got "${value}"`);
  return value;
}
