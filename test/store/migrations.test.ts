import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a store written before the graph is upgraded: search finds its documents, they await extraction', () => {
  const path = join(dir, 'v1.db');
  const raw = new Database(path);
  raw.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  raw.exec(migrations[0]!.sql);
  raw.prepare("INSERT INTO schema_migrations VALUES (1, 'documents', '2024-01-01')").run();
  raw.prepare("INSERT INTO documents VALUES ('ancien', 1, '2024-01-01')").run();
  raw.prepare(`INSERT INTO document_versions VALUES ('ancien', 1, 'ancien.txt', 'Les incubateurs de Rimouski', '2013-02-04', NULL, 'fr',
    'Deux incubateurs accueillent des jeunes pousses.', 'h1', '2024-01-01')`).run();
  raw.close();
  const store = openSqliteStore(path);
  assert.equal(store.schemaVersion, migrations.at(-1)!.version);
  assert.deepEqual(store.graph.search('incubateur').items.map((h) => h.doc), ['ancien']);
  assert.equal(store.graph.needsExtraction({ id: 'ancien', hash: 'h1' }), true);
  store.close();
});
