import type Database from 'better-sqlite3';
import type { FundingAxis, FundingRow, GraphStats, MoneyTotal, Page, PageOptions } from '../graph-types.js';
import { stmt } from '../statements.js';
import { entityRefs } from './entities.js';

/** Counts of everything, and funding totals by funder, program and year (per currency). */
export function graphStats(db: Database.Database, top = 10): GraphStats {
  const count = (sql: string) => stmt(db, sql).pluck().get() as number;
  const byType = (sql: string) => Object.fromEntries((stmt(db, sql).raw().all() as [string, number][]));
  return {
    documents: count('SELECT count(*) FROM documents'),
    extracted: count('SELECT count(*) FROM extractions'),
    entities: { total: count('SELECT count(*) FROM entities'), byType: byType('SELECT type, count(*) FROM entities GROUP BY type ORDER BY type') },
    facts: { total: count('SELECT count(*) FROM facts'), byType: byType('SELECT type, count(*) FROM facts GROUP BY type ORDER BY type') },
    sources: count('SELECT count(*) FROM fact_sources'),
    mentions: count('SELECT count(*) FROM mentions'),
    decisions: count('SELECT count(*) FROM curator_decisions WHERE retired_by IS NULL'),
    funding: {
      total: stmt(db, `SELECT currency, sum(amount) AS total, count(*) AS facts FROM facts
        WHERE type = 'funding' AND amount IS NOT NULL GROUP BY currency ORDER BY total DESC`).all() as MoneyTotal[],
      byFunder: fundingTotals(db, 'funder', { limit: top }).items,
      byProgram: fundingTotals(db, 'program', { limit: top }).items,
      byYear: fundingTotals(db, 'year', { limit: 1000 }).items,
    },
  };
}

/** Funding totals grouped by funder, program, recipient or year, largest first (years: newest first). */
export function fundingTotals(db: Database.Database, by: FundingAxis, opts: PageOptions & { from?: string; to?: string } = {}): Page<FundingRow> {
  const limit = opts.limit ?? 50;
  const offset = opts.offset ?? 0;
  const group = by === 'year' ? 'substr(f.date, 1, 4)' : 'fe.entity_id';
  const join = by === 'year' ? '' : `LEFT JOIN fact_entities fe ON fe.fact_id = f.id AND fe.role = '${by}'`;
  const range = 'AND (? IS NULL OR substr(f.date, 1, length(?)) >= ?) AND (? IS NULL OR substr(f.date, 1, length(?)) <= ?)';
  const args = [opts.from ?? null, opts.from ?? null, opts.from ?? null, opts.to ?? null, opts.to ?? null, opts.to ?? null];
  const base = `FROM facts f ${join} WHERE f.type = 'funding' AND f.amount IS NOT NULL ${range} GROUP BY ${group}, f.currency`;
  const total = stmt(db, `SELECT count(*) FROM (SELECT 1 ${base})`).pluck().get(...args) as number;
  const order = by === 'year' ? 'key IS NULL, key DESC, total DESC' : 'total DESC, key';
  const rows = stmt(db, `SELECT ${group} AS key, f.currency, sum(f.amount) AS total, count(*) AS facts ${base}
    ORDER BY ${order} LIMIT ? OFFSET ?`).all(...args, limit, offset) as { key: number | string | null; currency: string | null; total: number; facts: number }[];
  const refs = by === 'year' ? new Map() : entityRefs(db, rows.map((r) => r.key).filter((k): k is number => typeof k === 'number'));
  const items = rows.map((r) => ({
    entity: by === 'year' || r.key === null ? null : refs.get(r.key as number) ?? null,
    year: by === 'year' ? (r.key as string | null) : null,
    currency: r.currency, total: r.total, facts: r.facts,
  }));
  return { items, total, limit, offset };
}
