import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { SourceDocument } from '../../src/ingest/document.js';
import { migrations } from '../../src/store/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function doc(id: string, text: string, hash = `h-${text}`): SourceDocument {
  return { id, source: `${id}.txt`, title: `Titre ${id}`, published: '2021-03-04', author: null, lang: 'fr', text, hash };
}

describe('SqliteStore', () => {
  it('adds, skips unchanged content, and versions changed content', () => {
    const store = openSqliteStore(join(dir, 'a.db'));
    assert.deepEqual(store.upsertDocument(doc('a', 'un')), { status: 'added', version: 1 });
    assert.deepEqual(store.upsertDocument(doc('a', 'un')), { status: 'unchanged', version: 1 });
    assert.deepEqual(store.upsertDocument(doc('a', 'deux')), { status: 'updated', version: 2 });
    assert.equal(store.countDocuments(), 1);
    assert.equal(store.getDocument('a')?.text, 'deux');
    assert.equal(store.getDocument('a', 1)?.text, 'un');
    assert.equal(store.getDocument('missing'), null);
    store.close();
  });

  it('reports the same content under a new id as a duplicate and writes nothing', () => {
    const store = openSqliteStore(join(dir, 'b.db'));
    store.upsertDocument(doc('a', 'pareil'));
    assert.deepEqual(store.upsertDocument(doc('b', 'pareil')), { status: 'duplicate', of: 'a' });
    assert.equal(store.countDocuments(), 1);
    store.close();
  });

  it('persists across reopening and applies migrations once', () => {
    const path = join(dir, 'c.db');
    const first = openSqliteStore(path);
    first.upsertDocument(doc('x', 'texte'));
    first.close();
    const again = openSqliteStore(path);
    assert.equal(again.countDocuments(), 1);
    assert.equal(again.schemaVersion, migrations.at(-1)!.version);
    again.close();
    const raw = new Database(path);
    assert.equal(raw.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), migrations.length);
    raw.close();
  });

  it('rolls back a failed transaction entirely', () => {
    const store = openSqliteStore(join(dir, 'd.db'));
    assert.throws(() =>
      store.transaction(() => {
        store.upsertDocument(doc('p', 'premier'));
        throw new Error('boom');
      }),
    );
    assert.equal(store.countDocuments(), 0);
    store.close();
  });

  it('refuses a database written by a newer Veille', () => {
    const path = join(dir, 'e.db');
    openSqliteStore(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'now')").run();
    raw.close();
    assert.throws(() => openSqliteStore(path), /newer than this Veille/);
  });

  it('lists documents newest first with paging', () => {
    const store = openSqliteStore(join(dir, 'f.db'));
    store.upsertDocument({ ...doc('old', 'o'), published: '2012-01-01' });
    store.upsertDocument({ ...doc('new', 'n'), published: '2020-01-01' });
    store.upsertDocument({ ...doc('undated', 'u'), published: null });
    assert.deepEqual(store.listDocuments().map((d) => d.id), ['new', 'old', 'undated']);
    assert.deepEqual(store.listDocuments({ limit: 1, offset: 1 }).map((d) => d.id), ['old']);
    store.close();
  });
});
