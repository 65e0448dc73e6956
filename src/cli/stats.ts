import type { Command } from 'commander';
import { formatAmount } from '../graph/describe-fact.js';
import type { FundingRow, GraphStats } from '../store/graph-types.js';
import { money } from './format-profile.js';
import { openStore } from './store-option.js';
import { table } from './table.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts of documents, entities and facts; funding totals by funder, program and year')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--json', 'one JSON object')
    .action((opts: { db?: string; json?: boolean }) => {
      const store = openStore(opts.db);
      try {
        const s = store.graph.stats();
        console.log(opts.json ? JSON.stringify(s, null, 2) : formatStats(s));
      } finally {
        store.close();
      }
    });
}

export function formatStats(s: GraphStats): string {
  const byType = (m: Record<string, number>) => Object.entries(m).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const out = [
    `documents ${s.documents} (${s.extracted} extracted), mentions ${s.mentions}, fact sources ${s.sources}, curator decisions ${s.decisions}`,
    `entities  ${s.entities.total}: ${byType(s.entities.byType)}`,
    `facts     ${s.facts.total}: ${byType(s.facts.byType)}`,
    `funding   ${money(s.funding.total)}`,
  ];
  const rows = (label: string, list: FundingRow[], key: (r: FundingRow) => string) => {
    if (list.length === 0) return;
    out.push('', table([label, 'total', 'facts'], list.map((r) => [key(r), formatAmount(r.total, r.currency), String(r.facts)])));
  };
  rows('funder', s.funding.byFunder, (r) => r.entity?.name ?? '(not named)');
  rows('program', s.funding.byProgram, (r) => r.entity?.name ?? '(none named)');
  rows('year', s.funding.byYear, (r) => r.year ?? '(undated)');
  return out.join('\n');
}
