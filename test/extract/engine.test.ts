import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContext } from '../../src/extract/context.js';
import { dedupe } from '../../src/extract/dedupe.js';
import { extractFacts } from '../../src/extract/index.js';
import { buildMasked, sourceText } from '../../src/extract/masked.js';
import type { Fact } from '../../src/extract/model.js';
import { compile, hits, rule } from '../../src/extract/pattern.js';
import type { Slot } from '../../src/extract/slots.js';
import { viaMarkup } from './helpers.js';

const slot = (kind: Slot['kind'], start: number, end: number, entity?: string): Slot => ({ kind, start, end, text: '', entity });

test('masked: slots become markers, folded text maps back to the source', () => {
  const text = 'La présidente de l’AQT, Nicole Martel.';
  const m = buildMasked(0, text, 0, text.length, [slot('TITLE', 3, 13), slot('ORG', 19, 22, 'aqt'), slot('PER', 24, 37, 'nm')]);
  assert.equal(m.text, "la ⟦TITLE#0⟧ de l'⟦ORG#1⟧, ⟦PER#2⟧.");
  assert.equal(sourceText(m, text, 0, 12), 'La présidente');
});

const cases: [string, string, boolean][] = [
  // [pattern, masked text, matches?]
  ['{ORG:a} cede a {ORG:b}', "⟦ORG#0⟧ cede a l'⟦ORG#1⟧", true],
  ['{ORG:a} cede a {ORG:b}', '⟦ORG#0⟧ cede la ⟦ORG#1⟧', false], // "a" is a whole word, not the end of "la"
  ['{PER:p}, {TITLE:t}', 'dre ⟦PER#0⟧, ⟦TITLE#1⟧', true],
  ['{ORG:a}{LOOSE:20}{DATE:d}', '⟦ORG#0⟧ en ⟦LOC#1⟧ en ⟦DATE#2⟧', true],
  ['{ORG:a}{LOOSE:20}{DATE:d}', '⟦ORG#0⟧ et ⟦PER#1⟧ en ⟦DATE#2⟧', false], // a loose gap never crosses a person
  ['une? {ORG:a}', 'un ⟦ORG#0⟧', true], // a quantifier after a word applies to its last letter
];

for (const [pattern, masked, expected] of cases) {
  test(`pattern ${pattern} on ${masked}`, () => {
    const r = rule('t', pattern);
    const m = { index: 0, start: 0, end: masked.length, text: masked, map: [...masked].map((_, i) => i), slots: [0, 1, 2].map((k) => slot('ORG', k, k + 1, `e${k}`)) };
    assert.equal(hits(r, m, masked).length > 0, expected);
  });
}

test('pattern: an unknown macro or trigger class is an error, not a silent miss', () => {
  assert.throws(() => compile('{ORGANIZATION:x}'), /unknown macro/);
  assert.throws(() => compile('{T:nope}', new Map()), /no trigger class/);
});

test('coref: "l\'organisme" refers to the organization the text is about, "la firme" to the firm', () => {
  const a = viaMarkup([
    "L'[ORG Alliance Numérik] cède ses activités à l'[ORG AQT]. L'[ORG Alliance Numérik] se recentre.",
    "La [ORG Alliance Numérik] a choisi de céder ses activités à la [ORG AQT].",
    "Les dettes de l'organisme sont lourdes.",
  ].join(' '));
  const ctx = buildContext(a);
  const anaphor = ctx.mentions.find((m) => m.rule === 'coref:organisme');
  assert.equal(anaphor?.entity, 'ORG:Alliance Numérik');
});

test('dedupe: one fact per key; later duplicates fill the fields the first lacks', () => {
  const ev = { doc: 'd', sentence: 0, start: 0, end: 1, text: 'x', rule: 'r' };
  const facts: Fact[] = [
    { type: 'role', person: 'p', org: 'o', status: 'current', evidence: ev },
    { type: 'role', person: 'p', org: 'o', title: 'directrice', status: 'former', evidence: ev },
    { type: 'partnership', parties: ['a', 'b'], evidence: ev },
    { type: 'partnership', parties: ['b', 'a'], kind: 'entente', evidence: ev },
  ];
  const out = dedupe(facts);
  assert.equal(out.length, 2);
  assert.deepEqual({ ...out[0], evidence: undefined }, { type: 'role', person: 'p', org: 'o', status: 'current', title: 'directrice', evidence: undefined });
  assert.equal(out[1]!.kind, 'entente');
});

test('evidence: every fact quotes the sentence it came from, with its span in the text', () => {
  const a = viaMarkup("Le [ORG Réseau Nord] compte 300 membres. Fondé en 1990, le [ORG Réseau Nord] a son siège à [LOC Alma].");
  const facts = extractFacts(a);
  assert.deepEqual(facts.map((f) => f.type).sort(), ['founded', 'located', 'members']);
  for (const f of facts) {
    assert.equal(a.doc.text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
    assert.equal(a.sentences[f.evidence.sentence]!.text, f.evidence.text);
    assert.match(f.evidence.rule, new RegExp(`^${f.type}\\.`));
  }
});
