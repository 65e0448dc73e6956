import type Database from 'better-sqlite3';
import type { Decision } from '../graph/types.js';
import { stmt } from './statements.js';

/** A curator decision as stored and listed. */
export interface StoredDecision {
  id: number;
  action: Decision['action'];
  summary: string;
  createdAt: string;
  /** The later decision that replaced this one, if any. */
  retiredBy: number | null;
}

type DecisionArgs = Decision extends infer D ? (D extends Decision ? Omit<D, 'id' | 'action'> : never) : never;

interface Row {
  id: number;
  action: Decision['action'];
  args: string;
  summary: string;
  created_at: string;
  retired_by: number | null;
}

/** Decisions in force, oldest first: resolution applies them in that order. */
export function activeDecisions(db: Database.Database): Decision[] {
  const rows = stmt(db, 'SELECT * FROM curator_decisions WHERE retired_by IS NULL ORDER BY id').all() as Row[];
  return rows.map((r) => ({ id: r.id, action: r.action, ...(JSON.parse(r.args) as object) }) as Decision);
}

export function listDecisions(db: Database.Database): StoredDecision[] {
  const rows = stmt(db, 'SELECT * FROM curator_decisions ORDER BY id').all() as Row[];
  return rows.map((r) => ({ id: r.id, action: r.action, summary: r.summary, createdAt: r.created_at, retiredBy: r.retired_by }));
}

export function insertDecision(db: Database.Database, action: Decision['action'], args: DecisionArgs, summary: string): number {
  return Number(stmt(db, 'INSERT INTO curator_decisions (action, args, summary, created_at) VALUES (?, ?, ?, ?)')
    .run(action, JSON.stringify(args), summary, new Date().toISOString()).lastInsertRowid);
}

export function retireDecisions(db: Database.Database, ids: number[], by: number): void {
  for (const id of ids) stmt(db, 'UPDATE curator_decisions SET retired_by = ? WHERE id = ?').run(by, id);
}
