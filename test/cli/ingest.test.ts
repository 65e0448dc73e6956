import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { runCli } from './run-cli.js';

const examples = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'veille-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingesting the demo corpus twice leaves the document count unchanged', () => {
  const db = join(dir, 'demo.db');
  const first = runCli(['ingest', '--db', db, '--json', examples]);
  assert.equal(first.code, 0, first.stderr);
  const a = JSON.parse(first.stdout);
  assert.ok(a.added >= 12, `at least 12 demo documents, got ${a.added}`);
  assert.equal(a.failed, 0);
  const second = JSON.parse(runCli(['ingest', '--db', db, '--json', examples]).stdout);
  assert.equal(second.added, 0);
  assert.equal(second.unchanged, a.added);
  assert.equal(second.total, a.total);

  const docs = JSON.parse(runCli(['docs', '--db', db, '--json']).stdout) as { id: string; lang: string }[];
  assert.equal(docs.length, a.total);
  assert.ok(docs.some((d) => d.lang === 'en') && docs.some((d) => d.lang === 'fr'));
  const shown = runCli(['show', '--db', db, '--json', docs[0]!.id]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.equal(JSON.parse(shown.stdout).id, docs[0]!.id);
});

test('bad files get one line each naming the file; the good ones are still ingested; exit code 1', () => {
  const src = join(dir, 'mixed');
  mkdirSync(src);
  writeFileSync(join(src, 'bon.txt'), 'Un incubateur ouvre à Gatineau\n\nGatineau, le 3 mai 2021 – Un nouvel incubateur accueillera douze jeunes pousses dès cet automne.\n');
  writeFileSync(join(src, 'vide.txt'), '   \n');
  writeFileSync(join(src, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
  writeFileSync(join(src, 'flux.xml'), '<?xml version="1.0"?><rss><channel><item><title>x</title>');
  const db = join(dir, 'mixed.db');
  const r = runCli(['ingest', '--db', db, src]);
  assert.equal(r.code, 1);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 3, r.stderr);
  for (const name of ['vide.txt', 'image.txt', 'flux.xml']) assert.ok(errors.some((l) => l.includes(name)), `${name} named in: ${r.stderr}`);
  assert.match(r.stdout, /1 added/);
  const shown = JSON.parse(runCli(['show', '--db', db, '--json', 'bon']).stdout);
  assert.equal(shown.published, '2021-05-03');
});

test('a file that is not a Veille database is refused and left untouched', () => {
  const db = join(dir, 'notes.db');
  writeFileSync(db, 'these are my notes, not a database\n'.repeat(200));
  const before = readFileSync(db);
  const r = runCli(['ingest', '--db', db, examples]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /notes\.db: cannot open the database/);
  assert.deepEqual(readFileSync(db), before);
});

test('read commands name a missing database or document instead of creating one', () => {
  const missing = join(dir, 'absent.db');
  const r = runCli(['docs', '--db', missing]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /absent\.db: no such database/);
  const db = join(dir, 'demo.db');
  const s = runCli(['show', '--db', db, 'no-such-doc']);
  assert.equal(s.code, 2);
  assert.match(s.stderr, /no document "no-such-doc"/);
});

test('usage errors exit 2 with help', () => {
  const r = runCli(['ingest']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /missing required argument/);
});
