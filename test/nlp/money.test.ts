import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMoney } from '../../src/nlp/values/money.js';

type Row = [text: string, amount: number, currency: string, implicit?: true];
const money = (input: string): Row[] =>
  findMoney(input).map((m) => {
    assert.equal(input.slice(m.start, m.end), m.text);
    return m.implicit ? [m.text, m.amount, m.currency, true] : [m.text, m.amount, m.currency];
  });

const CASES: Array<[string, Row[]]> = [
  ['Un fonds de 29 millions de dollars.', [['29 millions de dollars', 29e6, 'CAD']]],
  ['Un prêt de 2 307 663 $.', [['2 307 663 $', 2307663, 'CAD']]],
  ['Un prêt de 2\u00A0307\u202F663\u00A0$.', [['2\u00A0307\u202F663\u00A0$', 2307663, 'CAD']]],
  ['Une aide de 3,5 M$ et 1,1 G$.', [['3,5 M$', 3.5e6, 'CAD'], ['1,1 G$', 1.1e9, 'CAD']]],
  ['Il vaut 1,1 milliard de dollars.', [['1,1 milliard de dollars', 1.1e9, 'CAD']]],
  ['Il reçoit deux millions de dollars.', [['deux millions de dollars', 2e6, 'CAD']]],
  ['Un million de dollars, puis trois cent mille dollars.', [['Un million de dollars', 1e6, 'CAD'], ['trois cent mille dollars', 300000, 'CAD']]],
  ['It raised $4.2 million, then $4.2M and $12B.', [['$4.2 million', 4.2e6, 'CAD'], ['$4.2M', 4.2e6, 'CAD'], ['$12B', 12e9, 'CAD']]],
  ['a $1.8-million loan', [['$1.8-million', 1.8e6, 'CAD']]],
  ['Soit 4,2 millions $ ou 500 000 $.', [['4,2 millions $', 4.2e6, 'CAD'], ['500 000 $', 500000, 'CAD']]],
  ['Il a versé 125 000 dollars.', [['125 000 dollars', 125000, 'CAD']]],
  ['Un budget de 1 250 000,50 $.', [['1 250 000,50 $', 1250000.5, 'CAD']]],
  ['Un budget de 500 k$ et 2,5 Md$.', [['500 k$', 500000, 'CAD'], ['2,5 Md$', 2.5e9, 'CAD']]],
  ["Il a levé 25 millions d'euros et 10 M€.", [["25 millions d'euros", 25e6, 'EUR'], ['10 M€', 10e6, 'EUR']]],
  ['A grant of €5 million and £2 million.', [['€5 million', 5e6, 'EUR'], ['£2 million', 2e6, 'GBP']]],
  ['It raised US$3 million.', [['US$3 million', 3e6, 'USD']]],
  ['Une ronde de 3 millions de dollars américains.', [['3 millions de dollars américains', 3e6, 'USD']]],
  ['Un contrat de 3 M$ US et de 4 millions $ CA.', [['3 M$ US', 3e6, 'USD'], ['4 millions $ CA', 4e6, 'CAD']]],
  ['It paid $4,200 for five million dollars of stock.', [['$4,200', 4200, 'CAD'], ['five million dollars', 5e6, 'CAD']]],
  ["Une enveloppe de 130 millions de dollars d'enveloppe.", [['130 millions de dollars', 130e6, 'CAD']]],
  // implicit: a scaled number without currency, only in a funding context
  ['Elle obtient 25 millions de financement.', [['25 millions', 25e6, 'CAD', true]]],
  ['Une ronde de financement de 12 millions.', [['12 millions', 12e6, 'CAD', true]]],
  ['La ville compte 2 millions de visiteurs.', []],
  ['Il y a 8 millions d’habitants au Québec.', []],
  // negatives
  ['Une hausse de 25 % en 2013.', []],
  ['En 2013, 2 307 663 personnes.', []],
  ['Article 12, COVID-19, Web 2.0 et L’Alliance 2.0.', []],
  ['Composez le 514 555-1234 ou le (418) 555-9876.', []],
  ['Le 07/11/2013 à 09:47, 54,6 % des 300 membres.', []],
];

for (const [input, expected] of CASES) {
  test(`findMoney ${JSON.stringify(input)}`, () => assert.deepEqual(money(input), expected));
}

test('defaultCurrency applies to a bare $', () => {
  const [m] = findMoney('A fee of $40 million.', { defaultCurrency: 'USD' });
  assert.equal(m.currency, 'USD');
  assert.equal(m.amount, 40e6);
  assert.equal(findMoney('Un prêt de 40 M€.', { defaultCurrency: 'USD' })[0].currency, 'EUR');
});
