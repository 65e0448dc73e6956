import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeEntities } from '../../../src/nlp/entities/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import type { Span, Tagger } from '../../../src/nlp/tagger/index.js';
import { tokenize } from '../../../src/nlp/tokenize.js';
import { doc } from './helpers.js';

/** A stand-in tagger that labels fixed word spans, so the test needs no model file. */
function stub(spans: (words: string[]) => Span[]): Tagger {
  return { spans, tag: (words) => words.map(() => 'O'), model: {} as Tagger['model'] };
}

test('the tagger finds what the rules miss, and types a capitalized run the rules only guessed', () => {
  const d = doc('Hier, Zoltane Zanardelli a rencontré les gens de Brindle.');
  const tagger = stub((words) => {
    const at = words.indexOf('Zoltane');
    const org = words.indexOf('Brindle');
    return [{ start: at, end: at + 2, label: 'PER', score: 0.9 }, { start: org, end: org + 1, label: 'ORG', score: 0.8 }];
  });
  const { entities, mentions } = recognizeEntities(d, splitSentences(d.text, tokenize(d.text)), { tagger });
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`), ['PER Zoltane Zanardelli', 'ORG Brindle']);
  assert.ok(mentions.some((m) => m.rule === 'tagger'));
});

test('a MISC span counts only when a head word types it; rules win extents over the tagger', () => {
  const d = doc("Son jeu Marées d'argile a été présenté à l'Association des nouvelles technologies de Québec.");
  const tagger = stub((words) => [
    { start: words.indexOf('Marées'), end: words.indexOf('Marées') + 1, label: 'MISC', score: 0.7 },
    { start: words.indexOf('Association'), end: words.indexOf('Association') + 1, label: 'ORG', score: 0.9 },
  ]);
  const { entities } = recognizeEntities(d, splitSentences(d.text, tokenize(d.text)), { tagger });
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`), ['ORG Association des nouvelles technologies de Québec']);
});
