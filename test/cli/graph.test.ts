import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { runCli } from './run-cli.js';

const examples = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'veille-cli-graph-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function json(args: string[]): any { // eslint-disable-line @typescript-eslint/no-explicit-any -- CLI JSON of many shapes
  const r = runCli([...args, '--json']);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test('after ingesting the seeds, Alliance numérique and AQT are each one entity', { skip: !existsSync(seeds) && 'no shared seeds' }, () => {
  const db = join(dir, 'seeds.db');
  const ingest = json(['ingest', '--db', db, seeds]);
  assert.equal(ingest.extracted, ingest.added);
  const alliance = json(['entity', '--db', db, 'Alliance numérique']);
  const docs = new Set(Object.values(alliance.facts as Record<string, { sources: { doc: string }[] }[]>).flat().flatMap((f) => f.sources.map((s) => s.doc)));
  assert.ok(docs.size >= 2, `facts from two articles, got ${[...docs].join(', ')}`);
  const aqt = json(['entity', '--db', db, 'AQT']);
  const full = json(['entity', '--db', db, 'Association québécoise des technologies']);
  assert.equal(aqt.id, full.id);
});

test('ingest stores the graph; re-ingesting unchanged files changes nothing', () => {
  const db = join(dir, 'demo.db');
  const first = json(['ingest', '--db', db, examples]);
  assert.ok(first.entities > 50 && first.facts > 20, JSON.stringify(first));
  const again = json(['ingest', '--db', db, examples]);
  assert.equal(again.extracted, 0);
  assert.deepEqual([again.entities, again.facts], [first.entities, first.facts]);
  const stats = json(['stats', '--db', db]);
  assert.equal(stats.documents, first.total);
  assert.ok(stats.funding.byYear.length > 0);
});

test('search, facts and entity read the store, as JSON and as tables', () => {
  const db = join(dir, 'demo.db');
  const hits = json(['search', '--db', db, 'INCUBATEURS']); // « incubateur » in the articles
  assert.ok(hits.total >= 2, JSON.stringify(hits));
  assert.match(runCli(['search', '--db', db, 'incubateurs']).stdout, /\[incubateur\]/i);
  const funding = json(['facts', '--db', db, '--type', 'funding', '--from', '2020']);
  assert.ok(funding.total >= 1);
  for (const f of funding.items) assert.ok(f.date >= '2020' && f.sources.length >= 1, JSON.stringify(f));
  const recipient = funding.items[0].fields.recipient;
  const profile = json(['entity', '--db', db, String(recipient.id)]);
  assert.equal(profile.name, recipient.name);
  const table = runCli(['entity', '--db', db, recipient.name]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /funding \(\d+\):/);
  const missing = runCli(['entity', '--db', db, 'Zzyzx Inexistant']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no entity named « Zzyzx Inexistant »/);
  assert.match(runCli(['facts', '--db', db, '--type', 'gossip']).stderr, /--type: expected one of/);
});

test('a curator merge survives changing and re-extracting the articles', () => {
  const src = join(dir, 'merge-src');
  cpSync(examples, src, { recursive: true });
  const db = join(dir, 'merge.db');
  json(['ingest', '--db', db, src]);
  const orgs = json(['entity', '--db', db, '--type', 'ORG', '--limit', '2']).items;
  const [a, b] = orgs as { id: number; name: string }[];
  const merged = json(['entity', 'merge', String(a!.id), String(b!.id), '--db', db]);
  assert.equal(merged.entity, a!.id);
  const file = join(src, '2020-lexigraph-seed-round.txt');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nUn paragraphe ajouté pour changer le texte.\n`);
  const again = json(['ingest', '--db', db, '--reextract', src]);
  assert.equal(again.updated, 1);
  const profile = json(['entity', '--db', db, String(a!.id)]);
  assert.ok(profile.names.some((n: { name: string }) => n.name === b!.name), 'still merged');
  const decisions = json(['entity', 'decisions', '--db', db]);
  assert.deepEqual(decisions.map((d: { action: string }) => d.action), ['merge']);
});

test('exports write files that parse back', () => {
  const db = join(dir, 'demo.db');
  const ld = join(dir, 'graph.jsonld');
  assert.equal(runCli(['export', '--db', db, '--format', 'jsonld', '--out', ld]).code, 0);
  assert.ok((JSON.parse(readFileSync(ld, 'utf8'))['@graph'] as unknown[]).length > 50);
  const tables = join(dir, 'tables');
  assert.equal(runCli(['export', '--db', db, '--format', 'csv', '--out', tables]).code, 0);
  assert.match(readFileSync(join(tables, 'sources.csv'), 'utf8'), /^fact_id,doc,published/);
  const csv = runCli(['export', '--db', db, '--format', 'csv']);
  assert.match(csv.stdout, /^id,type,date,summary/);
  const graphml = runCli(['export', '--db', db, '--format', 'graphml']);
  assert.match(graphml.stdout, /<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
  assert.equal(runCli(['export', '--db', db, '--format', 'pdf']).code, 2);
});
