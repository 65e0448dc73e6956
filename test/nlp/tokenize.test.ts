import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tokenize, type Token } from '../../src/nlp/tokenize.js';
import { SAMPLE_TEXT } from './sample-text.js';

const texts = (input: string) => tokenize(input).map((t) => t.text);

const CASES: Array<[string, string[]]> = [
  // elisions split with their apostrophe, both ' and ’
  ["l'AQT", ["l'", 'AQT']],
  ['l’Association', ['l’', 'Association']],
  ["L'Association", ["L'", 'Association']],
  ["d'un qu'il j'ai n'est s'il c'est m'a t'a", ["d'", 'un', "qu'", 'il', "j'", 'ai', "n'", 'est', "s'", 'il', "c'", 'est', "m'", 'a', "t'", 'a']],
  ["jusqu'à lorsqu'on puisqu'elle quelqu'autre", ["jusqu'", 'à', "lorsqu'", 'on', "puisqu'", 'elle', "quelqu'", 'autre']],
  ["d'Ottawa", ["d'", 'Ottawa']],
  // name-internal apostrophes and UD's lexicalized words stay whole
  ["D'Astous", ["D'Astous"]],
  ['D’Astous', ['D’Astous']],
  ["O'Brien", ["O'Brien"]],
  ["Imagin'air", ["Imagin'air"]],
  ["aujourd'hui quelqu'un d'aujourd'hui", ["aujourd'hui", "quelqu'un", "d'", "aujourd'hui"]],
  ["Val-d'Or", ["Val-d'Or"]],
  ["c'est-à-dire", ["c'est-à-dire"]],
  // verb-subject pronouns split with their hyphen (the euphonic -t- goes with the pronoun)
  ['explique-t-il', ['explique', '-t-il']],
  ['a-t-elle', ['a', '-t-elle']],
  ['peut-on', ['peut', '-on']],
  ["Qu'est-ce", ["Qu'", 'est', '-ce']],
  ['dites-moi', ['dites', '-moi']],
  ['donne-le-moi', ['donne', '-le', '-moi']],
  ['rendez-vous', ['rendez-vous']],
  ['add-on', ['add-on']],
  // hyphenated compounds stay whole; an en dash inside a name too
  ['Gaspésie–Îles-de-la-Madeleine', ['Gaspésie–Îles-de-la-Madeleine']],
  ['Saint-Laurent St-Jérôme présidente-directrice e-commerce COVID-19', ['Saint-Laurent', 'St-Jérôme', 'présidente-directrice', 'e-commerce', 'COVID-19']],
  ['Montréal – Québec', ['Montréal', '–', 'Québec']],
  ['2010–2015', ['2010', '–', '2015']],
  // abbreviations keep their period
  ['M. Mme Dr p. ex. etc. inc. ltée St. Mr. Inc. Corp.', ['M.', 'Mme', 'Dr', 'p.', 'ex.', 'etc.', 'inc.', 'ltée', 'St.', 'Mr.', 'Inc.', 'Corp.']],
  ['A.M.V.P.Q. U.S. Ph.D.', ['A.M.V.P.Q.', 'U.S.', 'Ph.D.']],
  ["l'A.M.V.P.Q.", ["l'", 'A.M.V.P.Q.']],
  ['J. Tremblay', ['J.', 'Tremblay']],
  ['J.-F. Lisée', ['J.-F.', 'Lisée']],
  ['la fin.', ['la', 'fin', '.']],
  // numbers
  ['2 307 663', ['2 307 663']],
  ['2\u00A0307\u202F663', ['2\u00A0307\u202F663']],
  ['1 250 000,50', ['1 250 000,50']],
  ['54,6 et 3,5', ['54,6', 'et', '3,5']],
  ['$4.2 4.2', ['$', '4.2', '4.2']],
  ['25 %', ['25', '%']],
  ['12 3456', ['12', '3456']],
  ['en 2013 125 personnes', ['en', '2013', '125', 'personnes']],
  ['7e 1er 2e 1re 21st XIIe', ['7e', '1er', '2e', '1re', '21st', 'XIIe']],
  ['3,5 M$ 1,1 G$ 500 k$ 10 M€', ['3,5', 'M$', '1,1', 'G$', '500', 'k$', '10', 'M€']],
  ['3M$ US$3 4 $US', ['3', 'M$', 'US$', '3', '4', '$US']],
  ['5G 3D 14h30', ['5G', '3D', '14h30']],
  ['07/11/2013 à 09:47', ['07/11/2013', 'à', '09:47']],
  ['514 555-1234 (514) 555-1234', ['514 555-1234', '(514) 555-1234']],
  ['Web 2.0', ['Web', '2.0']],
  // URLs and e-mails
  ['Voir https://veille.ca/a?b=1).', ['Voir', 'https://veille.ca/a?b=1', ')', '.']],
  ['www.aqt.ca, exemple.qc.ca.', ['www.aqt.ca', ',', 'exemple.qc.ca', '.']],
  ['jean.tremblay@exemple.qc.ca.', ['jean.tremblay@exemple.qc.ca', '.']],
  // punctuation
  ['« Oui » “x” "y" (a) [b] : ; , ! ? … – — ...', ['«', 'Oui', '»', '“', 'x', '”', '"', 'y', '"', '(', 'a', ')', '[', 'b', ']', ':', ';', ',', '!', '?', '…', '–', '—', '...']],
  ['Quoi?! Non.', ['Quoi', '?!', 'Non', '.']],
  ["Google's", ['Google', "'s"]],
];

for (const [input, expected] of CASES) {
  test(`tokenize ${JSON.stringify(input)}`, () => assert.deepEqual(texts(input), expected));
}

test('token kinds', () => {
  const kinds = (s: string) => tokenize(s).map((t) => t.kind);
  assert.deepEqual(kinds('Le 7e, 25 % M$ x@y.ca veille.ca'), ['word', 'number', 'punct', 'number', 'symbol', 'symbol', 'email', 'url']);
});

function assertOffsets(text: string, tokens: Token[]): void {
  let previous = 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= previous && t.end > t.start, `ordered, non-empty: ${t.text}@${t.start}`);
    // Only whitespace (zero-width space too) lies between tokens: nothing is dropped.
    assert.match(text.slice(previous, t.start), /^[\s\u200B]*$/);
    assert.doesNotMatch(t.text, /^\s|\s$/);
    previous = t.end;
  }
  assert.match(text.slice(previous), /^\s*$/);
}

test('offsets: text.slice(start, end) === token.text over a long mixed text', () => {
  const text = SAMPLE_TEXT + '\u00A0😀 ☺ x\u200By « a\u202F» ' + SAMPLE_TEXT.toUpperCase();
  assertOffsets(text, tokenize(text));
});

const shared = new URL('../../../shared/seeds/', import.meta.url);
test('offsets hold on the shared seed articles', { skip: !existsSync(shared) && 'no shared/seeds' }, () => {
  for (const name of readdirSync(shared)) {
    const text = readFileSync(new URL(name, shared), 'utf8');
    assertOffsets(text, tokenize(text));
  }
});
