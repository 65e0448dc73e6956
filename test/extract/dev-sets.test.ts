import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { oracleAnalysis } from '../../scripts/facts-oracle.js';
import { factsFileName, toFactsFile } from '../../src/extract/facts-file.js';
import { extractFacts } from '../../src/extract/index.js';
import type { FactsFile } from '../../src/extract/model.js';
import { score } from '../../src/eval/score.js';
import { readSources } from '../../src/ingest/index.js';
import { checkRow, viaPipeline, type Row } from './helpers.js';

/**
 * The fact rules on the dev sets, with gold entities (the oracle): a floor that catches a rule
 * change breaking what worked. The seeds live in ../shared, beside the repo, and may be absent.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../../shared/');

async function oracleScore(goldDir: string, sources: string) {
  const golds = new Map(readdirSync(goldDir).filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as FactsFile]));
  const pairs = [];
  for await (const doc of readSources([sources])) {
    if (doc instanceof Error) continue;
    const gold = golds.get(factsFileName(doc.id));
    if (!gold) continue;
    const a = oracleAnalysis(doc, gold);
    pairs.push({ doc: doc.id, gold, pred: toFactsFile(doc, a.entities, extractFacts(a)) });
  }
  return score(pairs);
}

test('dev set (written for Veille): facts F1 and attributes with gold entities', async () => {
  const s = await oracleScore(here('../fixtures/gold'), here('../../examples/articles'));
  assert.equal(s.documents, 20);
  assert.ok(s.factsAll.f >= 0.9, `facts F1 ${s.factsAll.f}`);
  assert.ok(s.attributes >= 0.9, `attributes ${s.attributes}`);
});

test('dev set (seeds): facts F1 and attributes with gold entities', { skip: !existsSync(join(shared, 'gold')) }, async () => {
  const s = await oracleScore(join(shared, 'gold'), join(shared, 'seeds'));
  assert.ok(s.factsAll.f >= 0.85, `facts F1 ${s.factsAll.f}`);
  assert.ok(s.attributes >= 0.9, `attributes ${s.attributes}`);
});

// With the real recognizer: sentences whose names it finds, so the two stages are tested together.
const rows: Row[] = [
  { text: "Le directeur général de la Chambre de commerce de Lévis, Jérôme Gagnon, a salué l'annonce.",
    want: [{ type: 'role', person: 'Jérôme Gagnon', org: 'Chambre de commerce de Lévis', title: 'directeur général', status: 'current' }] },
  { text: "Technologies Nomade, dont le siège social est situé à Gatineau, ouvrira un bureau à Toronto l'an prochain.", published: '2022-03-01',
    want: [{ type: 'located', org: 'Technologies Nomade', place: 'Gatineau' }, { type: 'office', org: 'Technologies Nomade', place: 'Toronto', date: '2023' }] },
];
for (const row of rows) test(`pipeline: ${row.text.slice(0, 60)}`, () => checkRow(row, viaPipeline));
