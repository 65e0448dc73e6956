import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, type DateValue } from '../../src/nlp/values/date.js';

type Row = [text: string, iso: string, precision: DateValue['precision'], endIso?: string];
const dates = (input: string, ref?: string): Row[] =>
  findDates(input, { ref }).map((d) => {
    assert.equal(input.slice(d.start, d.end), d.text);
    return d.end_iso ? [d.text, d.iso, d.precision, d.end_iso] : [d.text, d.iso, d.precision];
  });

const CASES: Array<[string, Row[]]> = [
  ['le 20 avril 2022', [['20 avril 2022', '2022-04-20', 'day']]],
  ['1er mai 2021 et 8 Octobre 2013', [['1er mai 2021', '2021-05-01', 'day'], ['8 Octobre 2013', '2013-10-08', 'day']]],
  ['le 3 fevrier 2020 et le 15 aout 2019', [['3 fevrier 2020', '2020-02-03', 'day'], ['15 aout 2019', '2019-08-15', 'day']]],
  ['du 5 au 12 octobre 2013', [['5 au 12 octobre 2013', '2013-10-05', 'day', '2013-10-12']]],
  ['du 28 septembre au 2 octobre 2015', [['28 septembre au 2 octobre 2015', '2015-09-28', 'day', '2015-10-02']]],
  ['du 4 au 9 avril 2016', [['4 au 9 avril 2016', '2016-04-04', 'day', '2016-04-09']]],
  ['du 28 décembre au 3 janvier 2015', [['28 décembre au 3 janvier 2015', '2014-12-28', 'day', '2015-01-03']]],
  ['en novembre 2012', [['novembre 2012', '2012-11', 'month']]],
  ['fondée en 1969', [['1969', '1969', 'year']]],
  ['depuis 2015, dès 2016, in 2021, since 2020', [['2015', '2015', 'year'], ['2016', '2016', 'year'], ['2021', '2021', 'year'], ['2020', '2020', 'year']]],
  ['de 2013 à 2015', [['2013', '2013', 'year'], ['2015', '2015', 'year']]],
  ['au début de 2014', [['début de 2014', '2014', 'year']]],
  ["en début d'année 2014", [["début d'année 2014", '2014', 'year']]],
  ['early 2014, fin 2015, mi-2016', [['early 2014', '2014', 'year'], ['fin 2015', '2015', 'year'], ['mi-2016', '2016', 'year']]],
  ['07/11/2013', [['07/11/2013', '2013-11-07', 'day']]],
  ['2013-11-07', [['2013-11-07', '2013-11-07', 'day']]],
  ['May 3, 2021', [['May 3, 2021', '2021-05-03', 'day']]],
  ['October 5-12, 2013', [['October 5-12, 2013', '2013-10-05', 'day', '2013-10-12']]],
  ['in March 2021', [['March 2021', '2021-03', 'month']]],
  // needs a ref: omitted without one
  ["l'an prochain, hier, mardi, le 20 avril", []],
  // negatives
  ['2 307 663 $ et 1 250 000', []],
  ['de 2000 employés, à 2015 personnes', []],
  ['le 31 février 2013', []],
  ['COVID-19 et Web 2.0', []],
];

for (const [input, expected] of CASES) {
  test(`findDates ${JSON.stringify(input)}`, () => assert.deepEqual(dates(input), expected));
}

// 2013-11-07 is a Thursday.
const RELATIVE: Array<[string, Row[]]> = [
  ["l'an prochain", [["l'an prochain", '2014', 'year']]],
  ["l’an dernier et l'année prochaine", [['l’an dernier', '2012', 'year'], ["l'année prochaine", '2014', 'year']]],
  ['cette année', [['cette année', '2013', 'year']]],
  ['next year, last year', [['next year', '2014', 'year'], ['last year', '2012', 'year']]],
  ['le mois dernier', [['le mois dernier', '2013-10', 'month']]],
  ['la semaine dernière', [['la semaine dernière', '2013-10-28', 'day', '2013-11-03']]],
  // a weekend is its Saturday and Sunday
  ['la fin de semaine dernière', [['la fin de semaine dernière', '2013-11-02', 'day', '2013-11-03']]],
  ['last weekend', [['last weekend', '2013-11-02', 'day', '2013-11-03']]],
  ['le week-end prochain', [['le week-end prochain', '2013-11-16', 'day', '2013-11-17']]],
  ['hier, demain', [['hier', '2013-11-06', 'day'], ['demain', '2013-11-08', 'day']]],
  ['a annoncé mardi', [['mardi', '2013-11-05', 'day']]],
  ['jeudi dernier', [['jeudi dernier', '2013-10-31', 'day']]],
  ['next Monday', [['next Monday', '2013-11-11', 'day']]],
  ['le 20 avril', [['20 avril', '2013-04-20', 'day']]],
  ['mardi 5 novembre', [['5 novembre', '2013-11-05', 'day']]],
  ['créée il y a cinq ans', [['il y a cinq ans', '2008', 'year']]],
  ['founded 12 years ago', [['12 years ago', '2001', 'year']]],
  ['held May 3-5 in Montréal', [['May 3-5', '2013-05-03', 'day', '2013-05-05']]],
];

for (const [input, expected] of RELATIVE) {
  test(`findDates with ref ${JSON.stringify(input)}`, () => assert.deepEqual(dates(input, '2013-11-07'), expected));
}

test('a month-precision ref resolves years and months but not days', () => {
  assert.deepEqual(dates("l'an dernier, le mois prochain, hier", '2013-11'), [["l'an dernier", '2012', 'year'], ['le mois prochain', '2013-12', 'month']]);
});
