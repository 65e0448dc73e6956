import { existsSync } from 'node:fs';
import { openSqliteStore, type SqliteStore } from '../store/sqlite-store.js';
import { CliError } from './errors.js';

/** The database file: `--db`, else $VEILLE_DB, else ./veille.db. */
export function dbPath(opt: string | undefined): string {
  return opt || process.env.VEILLE_DB || 'veille.db';
}

/** Opens the store; read-only commands refuse to create an empty database by accident. */
export function openStore(opt: string | undefined, { create = false } = {}): SqliteStore {
  const path = dbPath(opt);
  if (!create && !existsSync(path)) {
    throw new CliError(`${path}: no such database (run \`veille ingest --db ${path} PATH...\` first)`);
  }
  try {
    return openSqliteStore(path);
  } catch (e) {
    throw new CliError(`${path}: cannot open the database: ${(e as Error).message}`);
  }
}
