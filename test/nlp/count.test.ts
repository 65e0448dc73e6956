import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCounts } from '../../src/nlp/values/count.js';

type Row = { text: string; value: number; approx: boolean; noun?: string; added?: true };
const counts = (input: string): Row[] =>
  findCounts(input).map((c) => {
    assert.equal(input.slice(c.start, c.end), c.text);
    const row: Row = { text: c.text, value: c.value, approx: c.approx };
    if (c.noun) row.noun = c.noun;
    if (c.added) row.added = true;
    return row;
  });

const CASES: Array<[string, Row[]]> = [
  ['Le réseau réunit près de 600 membres.', [{ text: 'près de 600 membres', value: 600, approx: true, noun: 'membres' }]],
  ['Il y en a plus de 420.', [{ text: 'plus de 420', value: 420, approx: true }]],
  ['environ 1 200 participants', [{ text: 'environ 1 200 participants', value: 1200, approx: true, noun: 'participants' }]],
  ['quelque 300', [{ text: 'quelque 300', value: 300, approx: true }]],
  ["une centaine d'entreprises", [{ text: "une centaine d'entreprises", value: 100, approx: true, noun: 'entreprises' }]],
  ['une centaine de membres', [{ text: 'une centaine de membres', value: 100, approx: true, noun: 'membres' }]],
  ['une vingtaine', [{ text: 'une vingtaine', value: 20, approx: true }]],
  ['plus d’une dizaine de firmes', [{ text: 'plus d’une dizaine de firmes', value: 10, approx: true, noun: 'firmes' }]],
  ['un millier de visiteurs', [{ text: 'un millier de visiteurs', value: 1000, approx: true, noun: 'visiteurs' }]],
  ['80 nouveaux membres', [{ text: '80 nouveaux membres', value: 80, approx: false, noun: 'membres', added: true }]],
  ['80 membres supplémentaires', [{ text: '80 membres supplémentaires', value: 80, approx: false, noun: 'membres', added: true }]],
  ['Il veut en recruter 80 nouveaux.', [{ text: '80 nouveaux', value: 80, approx: false, added: true }]],
  ['300 autres entreprises', [{ text: '300 autres entreprises', value: 300, approx: false, noun: 'entreprises' }]],
  ['huit membres et vingt-cinq employés', [
    { text: 'huit membres', value: 8, approx: false, noun: 'membres' },
    { text: 'vingt-cinq employés', value: 25, approx: false, noun: 'employés' },
  ]],
  ['1,5 million de visiteurs', [{ text: '1,5 million de visiteurs', value: 1.5e6, approx: false, noun: 'visiteurs' }]],
  ['more than 400 members', [{ text: 'more than 400 members', value: 400, approx: true, noun: 'members' }]],
  ['about 50', [{ text: 'about 50', value: 50, approx: true }]],
  ['over 1,200 attendees', [{ text: 'over 1,200 attendees', value: 1200, approx: true, noun: 'attendees' }]],
  ['It hired 35 new engineers.', [{ text: '35 new engineers', value: 35, approx: false, noun: 'engineers', added: true }]],
  ['plus de 2000 participants', [{ text: 'plus de 2000 participants', value: 2000, approx: true, noun: 'participants' }]],
  // negatives: money, years, percentages, dates, references, phones, decimals, times
  ['29 millions de dollars, 3,5 M$ et 500 000 $', []],
  ['25 % des membres, 30 pour cent', []],
  ['en 2013, depuis 2015', []],
  ['le 20 avril 2022, du 5 au 12 octobre, May 3, 2021', []],
  ["l'article 12 de la loi, COVID-19, Web 2.0", []],
  ['au 514 555-1234', []],
  ['2,5 employés, un membre', []],
  ['à 14 h 30', []],
  ['un local neuf situé au centre', []],
  ['la version 3 D du jeu, en 2022 Thème libre, les deux durant la semaine, deux autres.', []],
];

for (const [input, expected] of CASES) {
  test(`findCounts ${JSON.stringify(input)}`, () => assert.deepEqual(counts(input), expected));
}
