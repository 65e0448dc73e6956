import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialsOf, isAcronymLike, nameKey, personCore, skeletonOf } from '../../src/graph/names.js';

test('nameKey folds case, accents, articles, dashes, abbreviations, initials and legal forms', () => {
  const rows: [string, string][] = [
    ["L'Alliance numérique", 'alliance numerique'],
    ['Alliance Numerique', 'alliance numerique'],
    ['Gaspésie–Îles-de-la-Madeleine', 'gaspesie iles de la madeleine'],
    ['St-Jérôme', 'saint jerome'],
    ['A.M.V.P.Q.', 'amvpq'],
    ['Logiciels Boréal inc.', 'logiciels boreal'],
    ['Mme Hélène Roy', 'helene roy'],
  ];
  for (const [name, key] of rows) assert.equal(nameKey(name), key, name);
});

test('initialsOf gives the acronyms a long name can stand for', () => {
  const rows: [string, string[]][] = [
    ['Association québécoise des technologies', ['aqt']],
    ['Université du Québec à Montréal', ['uqm', 'uqam']],
    ['Office franco-québécois pour la jeunesse', ['ofqj']],
    ['Centech', []],
  ];
  for (const [name, acronyms] of rows) assert.deepEqual(initialsOf(name), acronyms, name);
});

test('acronym-like names, person cores and skeletons', () => {
  const acronyms: [string, boolean][] = [['AQT', true], ['ÉTS', true], ['A.M.V.P.Q.', true], ['COlab', false], ['Québec', false]];
  for (const [name, expected] of acronyms) assert.equal(isAcronymLike(name), expected, name);
  const persons: [string, string | null][] = [
    ['Jean A. Tremblay', 'jean tremblay'],
    ['M. Jean Alain Tremblay', 'jean tremblay'],
    ['Jean-François Gagnon', null],
    ['Jean de la Fontaine', null],
    ['Nicole Roy', null],
  ];
  for (const [name, expected] of persons) assert.equal(personCore(name), expected, name);
  assert.equal(skeletonOf('Investissements Québec'), skeletonOf('Investissement Québec'));
  assert.notEqual(skeletonOf('Université du Québec à Rimouski'), skeletonOf('Université du Québec à Montréal'));
});
