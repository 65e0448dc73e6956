import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorLookbehind } from '../../src/extract/pattern-anchor.js';
import { compile } from '../../src/extract/pattern.js';
import { meetsNeeds, patternNeeds } from '../../src/extract/pattern-needs.js';

const needs: [string, string][] = [
  // [pattern, slots it cannot match without]
  ['{PER:p}, {TITLE} de {ORG:o}', 'PER:1 TITLE:1 ORG:1'],
  ['{ORG:a} (?:et|and) {ORG:b}', 'ORG:2'],
  ['{ORG|EVENT:a} et {EVENT|ORG:b}', 'EVENT|ORG:2'],
  ['{ORG:a}(?: a {DATE:d})?', 'ORG:1'], // an optional group asks for nothing
  ['(?:{PER:p}|^elle) part', ''], // nor does one branch of two
  ['(?:{ORG:a}|{ORG:b} et) cede', 'ORG:1'], // both branches: their common part
  ['{ORG:a}(?! et {PER})', 'ORG:1'], // a negative lookahead forbids, it does not need
  ['(?<={ORG:a}{LOOSE:80})son {ORG:b}', 'ORG:1'], // a lookbehind may see what follows consumes: not added
];

for (const [pattern, expected] of needs) {
  test(`needs of ${pattern}`, () => {
    const got = patternNeeds(compile(pattern).re.source).map((n) => `${n.kinds.join('|')}:${n.count}`).join(' ');
    assert.equal(got, expected);
  });
}

test('needs: a sentence is checked on its markers', () => {
  const two = patternNeeds(compile('{ORG:a} et {ORG:b}').re.source);
  assert.equal(meetsNeeds(two, { text: '⟦ORG#0⟧ et ⟦ORG#1⟧' }), true);
  assert.equal(meetsNeeds(two, { text: '⟦ORG#0⟧ et ⟦PER#1⟧' }), false);
});

test('anchor: a leading lookbehind gets a lookahead on what follows, without group names', () => {
  assert.equal(anchorLookbehind('(?<=a(?<x>b))c(?<y>d)'), '(?=c(?:d))(?<=a(?<x>b))c(?<y>d)');
  assert.equal(anchorLookbehind('a(?<=b)c'), 'a(?<=b)c');
  const re = new RegExp(anchorLookbehind('(?<=x[^)]{0,5})(?<w>y+)'), 'gd');
  assert.deepEqual([...'x)y xay'.matchAll(re)].map((m) => [m.index, m.groups!.w]), [[6, 'y']]);
});
