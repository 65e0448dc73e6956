import assert from 'node:assert/strict';
import { test } from 'node:test';
import { label, templateSentences } from '../../scripts/ner-templates/generate.js';

test('template pieces become BIO tags on Veille tokens', () => {
  const s = label([
    { text: "Selon ", type: null },
    { text: 'Marie Tremblay', type: 'PER' },
    { text: ", de l'", type: null },
    { text: 'Institut québécois du logiciel', type: 'ORG' },
    { text: ' à ', type: null },
    { text: 'Saint-Jean-sur-Richelieu', type: 'LOC' },
    { text: '.', type: null },
  ]);
  const rows = s.words.map((w, i) => `${w}/${s.tags[i]}`);
  assert.deepEqual(rows, [
    'Selon/O', 'Marie/B-PER', 'Tremblay/I-PER', ',/O', 'de/O', "l'/O", 'Institut/B-ORG', 'québécois/I-ORG',
    'du/I-ORG', 'logiciel/I-ORG', 'à/O', 'Saint-Jean-sur-Richelieu/B-LOC', './O',
  ]);
});

test('two adjacent entities of one type stay two spans', () => {
  const s = label([{ text: 'Laval', type: 'LOC' }, { text: ' ', type: null }, { text: 'Montréal', type: 'LOC' }]);
  assert.deepEqual(s.tags, ['B-LOC', 'B-LOC']);
});

test('generated sentences are deterministic, well formed and labelled', () => {
  const a = templateSentences(3, { fr: 200, en: 50 });
  assert.deepEqual(templateSentences(3, { fr: 200, en: 50 }), a);
  assert.equal(a.length, 250);
  for (const s of a) {
    assert.equal(s.words.length, s.tags.length);
    s.tags.forEach((t, i) => assert.ok(!t.startsWith('I-') || s.tags[i - 1]?.slice(2) === t.slice(2), s.words.join(' ')));
  }
  const types = new Set(a.flatMap((s) => s.tags).filter((t) => t.startsWith('B-')));
  assert.deepEqual([...types].sort(), ['B-LOC', 'B-MISC', 'B-ORG', 'B-PER']);
});
