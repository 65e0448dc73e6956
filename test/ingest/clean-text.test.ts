import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, type CleanText } from '../../src/ingest/clean-text.js';
import { detectLang } from '../../src/ingest/lang.js';

const BODY = 'La société a inauguré ses nouveaux bureaux, où travailleront quarante personnes.';

/** [case, raw text, expected result] */
const cases: [string, string, CleanText][] = [
  [
    'title and dateline repeated at the top are kept once, in the metadata',
    `Un nouveau bureau à Lévis\n\n7 juin 2023\n\nUn nouveau bureau à Lévis\n\n7 juin 2023\n\n${BODY}`,
    { title: 'Un nouveau bureau à Lévis', published: '2023-06-07', author: null, text: BODY },
  ],
  [
    'English wire dateline and byline',
    'Acme opens a Montreal office\nBy Jane Doe\nMONTREAL, May 3, 2021 /CNW/ - Acme Inc. announced today that it will hire 50 people.',
    { title: 'Acme opens a Montreal office', published: '2021-05-03', author: 'Jane Doe', text: 'Acme Inc. announced today that it will hire 50 people.' },
  ],
  [
    'a first line ending like a sentence is text, not a title',
    `${BODY}\n${BODY.replace('quarante', 'trente')}`,
    { title: null, published: null, author: null, text: `${BODY}\n\n${BODY.replace('quarante', 'trente')}` },
  ],
  ['a single line is text, not a title', 'Une annonce importante', { title: null, published: null, author: null, text: 'Une annonce importante' }],
  [
    '"mis à jour" is removed but is not the published date',
    `Titre\nMis à jour le 9 juin 2023 à 10 h 05\n${BODY}`,
    { title: 'Titre', published: null, author: null, text: BODY },
  ],
  [
    'a first paragraph opening on a date gives the date and stays',
    'Le 5 juin 2023, la Ville de Québec a dévoilé son plan numérique.',
    { title: null, published: '2023-06-05', author: null, text: 'Le 5 juin 2023, la Ville de Québec a dévoilé son plan numérique.' },
  ],
  [
    'hard-wrapped lines are joined; whitespace and Unicode normalized; ’ and « » kept',
    'Titre\r\n\r\n\r\nL’entreprise\u00a0de Lévis a annoncé une embauche de\r\nvingt personnes, dit « la direction ».\t\tFin.\r\n\r\n\r\n\r\nCafe\u0301 inclus.',
    { title: 'Titre', published: null, author: null, text: 'L’entreprise de Lévis a annoncé une embauche de vingt personnes, dit « la direction ». Fin.\n\nCafé inclus.' },
  ],
];

test('cleanText reads the header and normalizes the text', () => {
  for (const [name, raw, expected] of cases) assert.deepEqual(cleanText(raw), expected, name);
});

test('cleanText uses the title a format gave and drops its repeat from the text', () => {
  const result = cleanText(`Un nouveau bureau à Lévis\n${BODY}`, { title: 'Un nouveau bureau à Lévis', published: '2023-06-07' });
  assert.deepEqual(result, { title: 'Un nouveau bureau à Lévis', published: '2023-06-07', author: null, text: BODY });
});

const langs: [string, 'fr' | 'en'][] = [
  ['La firme a annoncé une levée de fonds pour son projet dans la région.', 'fr'],
  ['The company announced that it has raised funds for its project in the region.', 'en'],
  ['Montréal, Québec, Toronto 2021', 'fr'],
  ['', 'fr'],
];

test('detectLang counts stop words and defaults to French', () => {
  for (const [text, expected] of langs) assert.equal(detectLang(text), expected, text);
});
