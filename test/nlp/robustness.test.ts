import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findCounts, findDates, findMoney, findOrdinals } from '../../src/nlp/values/index.js';

// Odd inputs (tables of numbers, scraped junk) must stay linear: an unbounded repeat inside a
// regex tried at every position once made "123 123 123 …" (200 kB) take 90 s. Speed itself is the
// benchmark's business (`npm run bench`); the timeout here only turns such a hang into a failure.
const ODD: Array<[string, string]> = [
  ['spaced 3-digit groups', '123 '.repeat(50000)],
  ['number words', 'un '.repeat(50000)],
  ['dotted words', 'abc.'.repeat(50000)],
  ['hyphen chain', 'vingt-'.repeat(30000)],
  ['elisions', "l'".repeat(50000)],
  ['open quotes', '« '.repeat(50000)],
  ['dots', '.'.repeat(100000)],
];

for (const [name, text] of ODD) {
  test(`no catastrophic backtracking on ${name} (${text.length} chars)`, { timeout: 60_000 }, () => {
    const tokens = tokenize(text);
    splitSentences(text, tokens);
    findMoney(text);
    findCounts(text);
    findDates(text, { ref: '2020-01-15' });
    findOrdinals(text);
    assert.equal(tokens.map((t) => t.text).join('').replace(/\s/g, ''), text.replace(/\s/g, '')); // nothing lost
  });
}

test('empty and blank texts', () => {
  for (const text of ['', ' ', '\n\n', '\u00A0\u202F']) {
    assert.deepEqual(tokenize(text), []);
    assert.deepEqual(splitSentences(text), []);
    assert.deepEqual([findMoney(text), findCounts(text), findDates(text), findOrdinals(text)], [[], [], [], []]);
  }
});
