import type { Command } from 'commander';
import { exportCsvTables, exportFactsCsv } from '../export/csv.js';
import { exportGraphMl } from '../export/graphml.js';
import { exportJsonLd } from '../export/jsonld.js';
import { fileSink, stdoutSink, type Sink } from '../export/sink.js';
import type { Store } from '../store/store.js';
import { CliError } from './errors.js';
import { openStore } from './store-option.js';

const FORMATS = ['jsonld', 'csv', 'graphml'] as const;
type Format = (typeof FORMATS)[number];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the graph with its sources: JSON-LD (schema.org), CSV tables, or GraphML (Gephi, Cytoscape)')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .option('--out <path>', 'a file (jsonld, graphml) or a folder of tables (csv); default: stdout (for csv: one table of facts)')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .action((opts: { format: string; out?: string; db?: string }) => {
      if (!FORMATS.includes(opts.format as Format)) throw new CliError(`--format: expected ${FORMATS.join(', ')}, got "${opts.format}"`);
      const store = openStore(opts.db);
      try {
        runExport(store, opts.format as Format, opts.out);
      } finally {
        store.close();
      }
    });
}

export function runExport(store: Store, format: Format, out: string | undefined): void {
  if (format === 'csv' && out) {
    const files = exportCsvTables(store, out);
    console.error(`wrote ${files.join(', ')}`);
    return;
  }
  const sink: Sink = out ? fileSink(out) : stdoutSink();
  try {
    if (format === 'jsonld') exportJsonLd(store, sink);
    else if (format === 'graphml') exportGraphMl(store, sink);
    else exportFactsCsv(store, sink);
  } finally {
    sink.close();
  }
  if (out) console.error(`wrote ${out}`);
}
