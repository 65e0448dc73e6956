import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrdinals } from '../../src/nlp/values/ordinal.js';

const ordinals = (input: string): Array<[string, number]> =>
  findOrdinals(input).map((o) => {
    assert.equal(input.slice(o.start, o.end), o.text);
    return [o.text, o.value];
  });

const CASES: Array<[string, Array<[string, number]>]> = [
  ['le 7e Salon', [['7e', 7]]],
  ['la 5e édition', [['5e', 5]]],
  ['la 1re et le 1er', [['1re', 1], ['1er', 1]]],
  ['the 2nd, 3rd and 21st', [['2nd', 2], ['3rd', 3], ['21st', 21]]],
  ['la deuxième et la troisième', [['deuxième', 2], ['troisième', 3]]],
  ['la vingt-cinquième et la quatre-vingt-dixième', [['vingt-cinquième', 25], ['quatre-vingt-dixième', 90]]],
  ['le XIIe siècle, le XXIe, Napoléon Ier', [['XIIe', 12], ['XXIe', 21], ['Ier', 1]]],
  ['the twenty-first, fourth and twelfth', [['twenty-first', 21], ['fourth', 4], ['twelfth', 12]]],
  ['Premier arrivé', [['Premier', 1]]],
  // negatives: "Ce", "Le", "De", "Me" are not Roman numerals; "month" is no ordinal; "COVID-19"
  ['Ce projet, Le Devoir, De plus, Me Roy, this month, COVID-19, 25 %', []],
  ['IIIIe et VVe', []],
];

for (const [input, expected] of CASES) {
  test(`findOrdinals ${JSON.stringify(input)}`, () => assert.deepEqual(ordinals(input), expected));
}
