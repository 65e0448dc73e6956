import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreSpans } from '../../src/nlp/tagger/evaluate.js';
import { allowedTransition, repairBio, spansFromTags } from '../../src/nlp/tagger/labels.js';

const SPANS: [string, [number, number, string][]][] = [
  ['O O O', []],
  ['B-PER I-PER O B-LOC', [[0, 2, 'PER'], [3, 4, 'LOC']]],
  ['B-ORG B-ORG', [[0, 1, 'ORG'], [1, 2, 'ORG']]],
  ['B-ORG I-LOC', [[0, 1, 'ORG'], [1, 2, 'LOC']]],
  ['O I-MISC I-MISC', [[1, 3, 'MISC']]],
];

test('spansFromTags reads BIO runs', () => {
  for (const [tags, expected] of SPANS) {
    const got = spansFromTags(tags.split(' ')).map((s) => [s.start, s.end, s.label]);
    assert.deepEqual(got, expected, tags);
  }
});

const REPAIRS: [string, string][] = [
  ['O I-PER I-PER', 'O B-PER I-PER'],
  ['B-LOC I-ORG', 'B-LOC B-ORG'],
  ['I-MISC O', 'B-MISC O'],
  ['B-PER I-PER', 'B-PER I-PER'],
];

test('repairBio turns stray I- into B-', () => {
  for (const [input, expected] of REPAIRS) assert.equal(repairBio(input.split(' ')).join(' '), expected);
});

test('allowedTransition forbids O → I-X and B-X → I-Y', () => {
  const rows: [string | null, string, boolean][] = [
    [null, 'I-PER', false], [null, 'B-PER', true], ['O', 'I-LOC', false],
    ['B-LOC', 'I-LOC', true], ['I-LOC', 'I-LOC', true], ['B-LOC', 'I-ORG', false], ['I-ORG', 'O', true],
  ];
  for (const [prev, next, ok] of rows) assert.equal(allowedTransition(prev, next), ok, `${prev} → ${next}`);
});

test('scoreSpans counts exact span + type matches, per type and micro', () => {
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-ORG', 'O']];
  const pred = [['B-PER', 'I-PER', 'O', 'B-ORG'], ['B-ORG', 'O']];
  const s = scoreSpans(gold, pred);
  assert.deepEqual([s.PER!.tp, s.LOC!.fn, s.ORG!.tp, s.ORG!.fp], [1, 1, 1, 1]);
  assert.equal(s.micro!.p, 2 / 3);
  assert.equal(s.micro!.r, 2 / 3);
});

test('scoreSpans in IO mode merges adjacent same-type entities on both sides', () => {
  const gold = [['I-LOC', 'I-LOC', 'O']];
  const pred = [['B-LOC', 'B-LOC', 'O']];
  assert.equal(scoreSpans(gold, pred).micro!.tp, 0);
  assert.equal(scoreSpans(gold, pred, { io: true }).micro!.tp, 1);
});
