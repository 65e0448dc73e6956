import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterKey, longFormStart, spells } from '../../../src/nlp/entities/initials.js';

/** [acronym, words before the parenthesis, expected long form (null: none)]. */
const ROWS: [string, string, string | null][] = [
  ['UQAM', "étudiants de l' Université du Québec à Montréal", 'Université du Québec à Montréal'],
  ['OQLF', "selon l' Office québécois de la langue française", 'Office québécois de la langue française'],
  ['OFQJ', "de l' Office franco-québécois pour la jeunesse", 'Office franco-québécois pour la jeunesse'],
  ['RETIQ', 'le Regroupement des entreprises en TI de Québec', 'Regroupement des entreprises en TI de Québec'],
  ['A.B.C.', "l' Association des bibliothèques canadiennes", 'Association des bibliothèques canadiennes'],
  ['ÉTS', "l' École de technologie supérieure", 'École de technologie supérieure'],
  ['XYZ', 'une entente avec le réseau', null],
  // a content word may give its first two letters when the acronym is defined right there
  ['CEMR', 'du Centre d\'études de la mer de Rimouski', "Centre d'études de la mer de Rimouski"],
  ['CEMER', 'du Centre d\'études de la mer de Rimouski', "Centre d'études de la mer de Rimouski"],
  ['RENAB', 'du Réseau des entreprises numériques de l\' Abitibi-Témiscamingue', "Réseau des entreprises numériques de l' Abitibi-Témiscamingue"],
];

for (const [acr, before, want] of ROWS) {
  test(`long form of ${acr}`, () => {
    const words = before.split(' ');
    const at = longFormStart(letterKey(acr), words);
    assert.equal(at < 0 ? null : words.slice(at).join(' '), want);
  });
}

test('spells: every content word must give a letter', () => {
  assert.ok(spells('enap', ['École', 'nationale', "d'", 'administration', 'publique']));
  assert.ok(!spells('aqt', ['Alliance', 'québécoise', 'des', 'technologies', 'éducatives']));
  // two-letter gifts are for acronyms defined in the text, not for guessing
  assert.ok(!spells('cemer', ['Centre', "d'études", 'de', 'la', 'mer', 'de', 'Rimouski']));
});
