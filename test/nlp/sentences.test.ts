import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { SAMPLE_TEXT } from './sample-text.js';

const split = (input: string) => splitSentences(input).map((s) => s.text);

const CASES: Array<[string, string[]]> = [
  ['Il pleut. Elle part.', ['Il pleut.', 'Elle part.']],
  ['Vraiment? Oui! Bon… 2013 fut bon.', ['Vraiment?', 'Oui!', 'Bon…', '2013 fut bon.']],
  ['Il a dit non. « Pourquoi? » Personne ne sait.', ['Il a dit non.', '« Pourquoi? »', 'Personne ne sait.']],
  ['Quoi? dit-il.', ['Quoi? dit-il.']],
  ['fin.Le mot suivant', ['fin.Le mot suivant']],
  // abbreviations and initials
  ['M. Tremblay arrive. Mme Roy aussi.', ['M. Tremblay arrive.', 'Mme Roy aussi.']],
  ['Dr Smith et St. Jean, p. ex. Laval, sont là.', ['Dr Smith et St. Jean, p. ex. Laval, sont là.']],
  ['Il a vu J. Tremblay hier.', ['Il a vu J. Tremblay hier.']],
  // a month's abbreviation before its day
  ['OTTAWA, Feb. 3, 2011 - The agency grew. It will open on Jan. 1.', ['OTTAWA, Feb. 3, 2011 - The agency grew.', 'It will open on Jan. 1.']],
  ['Voici le plan B. Le comité a voté.', ['Voici le plan B.', 'Le comité a voté.']],
  ['Des jeux, des films, etc. Les autres suivent.', ['Des jeux, des films, etc.', 'Les autres suivent.']],
  ['Des jeux, etc. ont suivi.', ['Des jeux, etc. ont suivi.']],
  ['Acme Inc. a grandi. Acme Inc. Elle a grandi.', ['Acme Inc. a grandi.', 'Acme Inc.', 'Elle a grandi.']],
  ["L'A.M.V.P.Q. Montréal a voté.", ["L'A.M.V.P.Q. Montréal a voté."]],
  // quotes: no break inside « … » unless the quote closes the sentence
  ['« Nous sommes prêts. Nous allons investir », a-t-il dit. La suite viendra.', ['« Nous sommes prêts. Nous allons investir », a-t-il dit.', 'La suite viendra.']],
  ['« Nous sommes prêts. » Elle sourit.', ['« Nous sommes prêts. »', 'Elle sourit.']],
  ['“We are ready. We invest,” she said. Then left.', ['“We are ready. We invest,” she said.', 'Then left.']],
  ['(Voir plus bas.) Ensuite, rien.', ['(Voir plus bas.)', 'Ensuite, rien.']],
  // numbers, URLs and e-mails hold no break
  ['Il a 4.2 M$ et 54,6 %. Voir www.aqt.ca. Écrire à a.b@c.ca. Fin.', ['Il a 4.2 M$ et 54,6 %.', 'Voir www.aqt.ca.', 'Écrire à a.b@c.ca.', 'Fin.']],
  // newlines: headings without a final period, list items, paragraphs
  ['Un titre sans point\nLe texte commence.', ['Un titre sans point', 'Le texte commence.']],
  ['Points :\n- premier point\n- second point\n\nParagraphe suivant.', ['Points :', '- premier point', '- second point', 'Paragraphe suivant.']],
  ['« Une citation ouverte\nqui ne ferme pas. Ensuite.', ['« Une citation ouverte', 'qui ne ferme pas.', 'Ensuite.']],
  ['', []],
  ['   \n\n  ', []],
];

for (const [input, expected] of CASES) {
  test(`splitSentences ${JSON.stringify(input)}`, () => assert.deepEqual(split(input), expected));
}

test('sentences reuse the given tokens and cover them all, in order', () => {
  const tokens = tokenize(SAMPLE_TEXT);
  const sentences = splitSentences(SAMPLE_TEXT, tokens);
  assert.deepEqual(sentences.flatMap((s) => s.tokens), tokens);
  for (const s of sentences) {
    assert.equal(SAMPLE_TEXT.slice(s.start, s.end), s.text);
    assert.equal(s.tokens[0].start, s.start);
    assert.equal(s.tokens[s.tokens.length - 1].end, s.end);
  }
});

const shared = new URL('../../../shared/seeds/', import.meta.url);
test('seed articles: every line break ends a sentence', { skip: !existsSync(shared) && 'no shared/seeds' }, () => {
  for (const name of readdirSync(shared)) {
    const text = readFileSync(new URL(name, shared), 'utf8');
    for (const s of splitSentences(text)) assert.ok(!s.text.includes('\n'), `${name}: ${s.text.slice(0, 60)}`);
  }
});
