import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cluster } from '../../src/graph/cluster.js';
import type { Cluster, Decision, Occurrence } from '../../src/graph/types.js';
import type { EntityType } from '../../src/extract/model.js';

type Row = [doc: string, type: EntityType, name: string, aliases?: string[]];

function occurrences(rows: Row[]): Occurrence[] {
  return rows.map(([doc, type, name, aliases = []], i) => ({ id: i + 1, doc, type, name, aliases }));
}

/** The clusters as sorted lists of "doc:name", for comparison. */
function groups(clusters: Cluster[]): string[][] {
  return clusters
    .map((c) => c.members.map((m) => `${m.doc}:${m.name}`).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const cases: { name: string; rows: Row[]; expected: string[][] }[] = [
  {
    name: 'articles, accents and case do not separate names',
    rows: [['a', 'ORG', "L'Alliance numérique"], ['b', 'ORG', 'Alliance Numerique']],
    expected: [['a:L\'Alliance numérique', 'b:Alliance Numerique']],
  },
  {
    name: 'a bare acronym joins the one long form that claims it',
    rows: [['a', 'ORG', 'Association québécoise des technologies', ['AQT']], ['b', 'ORG', 'AQT']],
    expected: [['a:Association québécoise des technologies', 'b:AQT']],
  },
  {
    name: 'initials alone are enough when one long form fits',
    rows: [['a', 'ORG', 'Centre de recherche informatique de Montréal'], ['b', 'ORG', 'CRIM']],
    expected: [['a:Centre de recherche informatique de Montréal', 'b:CRIM']],
  },
  {
    name: 'a bare acronym shared by two long forms merges nothing',
    rows: [
      ['a', 'ORG', 'Association québécoise des technologies', ['AQT']],
      ['b', 'ORG', 'Agence québécoise du tourisme', ['AQT']],
      ['c', 'ORG', 'AQT'],
    ],
    expected: [['a:Association québécoise des technologies'], ['b:Agence québécoise du tourisme'], ['c:AQT']],
  },
  {
    name: 'different types never merge',
    rows: [['a', 'LOC', 'Québec'], ['b', 'ORG', 'Québec'], ['c', 'LOC', 'Québec']],
    expected: [['a:Québec', 'c:Québec'], ['b:Québec']],
  },
  {
    name: 'a person with and without a middle initial or title',
    rows: [['a', 'PER', 'Jean A. Tremblay'], ['b', 'PER', 'Jean Tremblay'], ['c', 'PER', 'M. Jean Tremblay']],
    expected: [['a:Jean A. Tremblay', 'b:Jean Tremblay', 'c:M. Jean Tremblay']],
  },
  {
    name: 'two middle names make a bare name ambiguous',
    rows: [['a', 'PER', 'Jean A. Tremblay'], ['b', 'PER', 'Jean B. Tremblay'], ['c', 'PER', 'Jean Tremblay']],
    expected: [['a:Jean A. Tremblay'], ['b:Jean B. Tremblay'], ['c:Jean Tremblay']],
  },
  {
    name: 'a lone surname is never joined across articles',
    rows: [['a', 'PER', 'Tremblay'], ['b', 'PER', 'Tremblay']],
    expected: [['a:Tremblay'], ['b:Tremblay']],
  },
  {
    name: 'similar names join only with shared context, and acronyms never',
    rows: [
      ['a', 'ORG', 'Investissements Québec'], ['a', 'PER', 'Hélène Roy'],
      ['b', 'ORG', 'Investissement Québec'], ['b', 'PER', 'Hélène Roy'],
      ['c', 'ORG', 'Investissement Quebec inc.'],
      ['d', 'ORG', 'Fonds Boréal'], ['e', 'ORG', 'Fond Boréal'],
      ['f', 'ORG', 'TIAS'], ['f', 'PER', 'Hélène Roy'], ['g', 'ORG', 'TIA'], ['g', 'PER', 'Hélène Roy'],
    ],
    expected: [
      ['a:Hélène Roy', 'b:Hélène Roy', 'f:Hélène Roy', 'g:Hélène Roy'],
      ['a:Investissements Québec', 'b:Investissement Québec', 'c:Investissement Quebec inc.'],
      ['d:Fonds Boréal'],
      ['e:Fond Boréal'],
      ['f:TIAS'],
      ['g:TIA'],
    ],
  },
];

for (const c of cases) {
  test(`cluster: ${c.name}`, () => {
    assert.deepEqual(groups(cluster(occurrences(c.rows), [])), c.expected);
  });
}

test('every merge says why, and an unmade merge leaves a note', () => {
  const result = cluster(occurrences([
    ['a', 'ORG', 'Association québécoise des technologies', ['AQT']],
    ['b', 'ORG', 'AQT'],
    ['c', 'ORG', 'Centre de recherche informatique de Montréal'],
    ['d', 'ORG', 'CRIM'],
    ['e', 'ORG', 'Centre régional d’innovation de la Mauricie', ['CRIM']],
  ]), []);
  const aqt = result.find((c) => c.members.some((m) => m.name === 'AQT'))!;
  assert.deepEqual(aqt.links.map((l) => l.reason), ['acronym']);
  assert.match(aqt.links[0]!.detail, /short form of « Association québécoise des technologies » in a/);
  const crim = result.find((c) => c.members.some((m) => m.name === 'CRIM'))!;
  assert.equal(crim.members.length, 1);
  assert.match(crim.notes[0]!, /« CRIM » not merged: it could be/);
});

test('curator decisions: merge, split and rename', () => {
  const rows = occurrences([
    ['a', 'ORG', 'Québec Numérique'], ['b', 'ORG', 'QN'],
    ['c', 'ORG', 'Association québécoise des technologies', ['AQT']], ['d', 'ORG', 'AQT'], ['e', 'ORG', 'AQT'],
  ]);
  const decisions: Decision[] = [
    { id: 1, action: 'merge', keys: ['ORG|qn'], into: ['ORG|quebec numerique'] },
    { id: 2, action: 'split', keys: ['ORG|association quebecoise des technologies', 'ORG|aqt'], docs: ['e'], names: [] },
    { id: 3, action: 'rename', keys: ['ORG|quebec numerique'], name: 'Québec numérique (QN)' },
  ];
  const result = cluster(rows, decisions);
  assert.deepEqual(groups(result), [
    ['a:Québec Numérique', 'b:QN'],
    ['c:Association québécoise des technologies', 'd:AQT'],
    ['e:AQT'],
  ]);
  const qn = result.find((c) => c.members.some((m) => m.name === 'QN'))!;
  assert.equal(qn.rename, 'Québec numérique (QN)');
  assert.deepEqual(qn.links.map((l) => l.reason), ['curator-merge']);
});

test('the result does not depend on the order of the articles', () => {
  const rows = occurrences([
    ['a', 'ORG', 'AQT'], ['b', 'ORG', 'Association québécoise des technologies'], ['c', 'ORG', 'Association québécoise des technologies', ['AQT']],
    ['d', 'PER', 'Jean Tremblay'], ['e', 'PER', 'Jean A. Tremblay'],
  ]);
  const forward = groups(cluster(rows, []));
  const backward = groups(cluster([...rows].reverse().map((o, i) => ({ ...o, id: i + 1 })), []));
  assert.deepEqual(backward, forward);
  assert.equal(forward.length, 2);
});
