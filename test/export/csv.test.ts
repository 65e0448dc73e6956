import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { csvLine, exportCsvTables, exportFactsCsv } from '../../src/export/csv.js';
import { readCsv, readCsvObjects } from './csv-reader.js';
import { exportFixture } from './exports.js';

const x = exportFixture();
after(() => x.done());

test('csvLine quotes what RFC 4180 requires, and reads back', () => {
  const rows: unknown[][] = [['plain', 12, null], ['a,b', 'il dit "oui"', 'deux\nlignes'], ['', 'É', undefined]];
  for (const r of rows) {
    assert.deepEqual(readCsv(csvLine(r))[0], r.map((v) => (v === null || v === undefined ? '' : String(v))));
  }
});

test('the tables hold entities, facts, their entities and sources, and documents', () => {
  const [entities, facts, links, sources, docs] = exportCsvTables(x.store, `${x.dir}/tables`).map((f) => readCsvObjects(readFileSync(f, 'utf8')));
  assert.equal(entities!.length, 12);
  const rne = entities!.find((e) => e.name === "Réseau numérique de l'Estrie")!;
  assert.equal(rne.aliases, 'RNE');
  assert.equal(facts!.length, 9);
  const funding = facts!.find((f) => f.type === 'funding' && f.amount === '2000000')!;
  assert.equal(JSON.parse(funding.fields!).recipient, Number(rne.id));
  assert.deepEqual(links!.filter((l) => l.fact_id === funding.id).map((l) => `${l.role}:${l.entity_name}`).sort(),
    ["funder:ministère de l'Économie et de l'Innovation", "program:Vitrines numériques", "recipient:Réseau numérique de l'Estrie"]);
  const fundingSources = sources!.filter((s) => s.fact_id === funding.id);
  assert.deepEqual(fundingSources.map((s) => s.doc), ['g1-financement-rne', 'g2-rne-sherbrooke']);
  assert.match(fundingSources[0]!.text!, /recevra 2 millions/);
  assert.equal(docs!.length, 5);
});

test('without a folder, one facts table with sources and evidence', () => {
  const rows = readCsvObjects(x.text((sink) => exportFactsCsv(x.store, sink)));
  assert.equal(rows.length, 9);
  const funding = rows.find((r) => r.amount === '2000000')!;
  assert.equal(funding.sources, 'g1-financement-rne | g2-rne-sherbrooke');
  assert.match(funding.summary!, /receives 2 000 000 CAD/);
  assert.match(funding.evidence!, /recevra 2 millions/);
});
