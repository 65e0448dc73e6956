import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stemText, stemWord } from '../../src/store/stem.js';
import { ftsQuery, snippet } from '../../src/store/queries/search.js';

test('the light stemmer joins inflections, not derivations', () => {
  const same: [string, string][] = [
    ['financées', 'finance'], ['financé', 'financer'.slice(0, -1)], ['entreprises', 'entreprise'], ['nationaux', 'nationale'],
    ['directrice', 'directeur'], ['investisseuse', 'investisseurs'], ['innovatives', 'innovatif'], ['canadiennes', 'canadien'],
    ['Québécoise', 'québécois'], ['PREMIÈRE', 'premier'], ['numériques', 'numérique'],
  ];
  for (const [a, b] of same) assert.equal(stemWord(a), stemWord(b), `${a} = ${b}`);
  const apart: [string, string][] = [['financement', 'finance'], ['2020', '202'], ['mission', 'missionnaire']];
  for (const [a, b] of apart) assert.notEqual(stemWord(a), stemWord(b), `${a} ≠ ${b}`);
  assert.equal(stemText("L'Alliance numérique, 2 M$"), 'l allianc numeriqu 2 m');
});

test('queries: words all required, phrases kept, function words dropped unless alone', () => {
  const rows: [string, string | null][] = [
    ['financement de la cybersécurité', '"financement" "cybersecurit"'],
    ['"bureau à Sherbrooke" Québec', '"bureau a sherbrook" "quebec"'],
    ['de la', '"de" "la"'],
    ['  ', null],
    ['AI-2030 "', '"ai" "2030"'],
  ];
  for (const [input, match] of rows) assert.equal(ftsQuery(input)?.match ?? null, match, input);
});

test('snippets mark the matched words around the first hit', () => {
  const text = `${'Une phrase de contexte. '.repeat(20)}Le fonds  financera deux\nentreprises. ${'Suite. '.repeat(40)}`;
  const s = snippet(text, new Set([stemWord('financées'), stemWord('entreprise')]), 120);
  assert.ok(s.snippet.length <= 125);
  assert.deepEqual(s.marks.map(([a, b]) => s.snippet.slice(a, b)), ['entreprises']);
  const f = snippet(text, new Set([stemWord('fonds')]), 120);
  assert.deepEqual(f.marks.map(([a, b]) => f.snippet.slice(a, b)), ['fonds']);
});
