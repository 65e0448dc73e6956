import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from '../../web/src/lib/csv.js';
import { foldName } from '../../web/src/lib/fold.js';
import { addNeighbourhood, distances, emptyModel, visible } from '../../web/src/lib/graph-model.js';
import { parsePlaceCoords } from '../../web/src/lib/place-coords.js';
import { markRanges, segment } from '../../web/src/lib/segments.js';

// The web app's pure helpers (web/src/lib), run under Node.

describe('segment', () => {
  const text = 'Le RNE de Sherbrooke grandit. Il compte 140 membres.';
  const m = (start: number, end: number, type: string) => ({ start, end, type });
  const mentions = [m(3, 6, 'ORG'), m(10, 20, 'LOC'), m(10, 15, 'LOC'), m(45, 90, 'ORG')];
  const show = (pieces: { text: string; mention: unknown }[] | null) => pieces?.map((p) => (p.mention ? `[${p.text}]` : p.text)).join('') ?? null;

  const rows: [{ start: number; end: number } | null, string, string | null, string][] = [
    [null, 'Le [RNE] de [Sherbrooke] grandit. Il compte 140 membres.', null, ''],
    [{ start: 30, end: 52 }, 'Le [RNE] de [Sherbrooke] grandit. ', 'Il compte 140 membres.', ''],
    [{ start: 0, end: 29 }, '', 'Le [RNE] de [Sherbrooke] grandit.', ' Il compte 140 membres.'],
    // A mark cutting a mention keeps both halves as mentions.
    [{ start: 12, end: 29 }, 'Le [RNE] de [Sh]', '[erbrooke] grandit.', ' Il compte 140 membres.'],
    // An impossible mark is ignored.
    [{ start: 40, end: 99 }, 'Le [RNE] de [Sherbrooke] grandit. Il compte 140 membres.', null, ''],
  ];
  for (const [mark, before, marked, after] of rows) {
    it(`marks ${JSON.stringify(mark)}`, () => {
      const s = segment(text, mentions, mark);
      assert.equal(show(s.before), before);
      assert.equal(show(s.marked), marked);
      assert.equal(show(s.after), after);
      assert.equal([...s.before, ...(s.marked ?? []), ...s.after].map((p) => p.text).join(''), text);
    });
  }

  it('splits snippet marks', () => {
    assert.deepEqual(markRanges('un incubateur à Rimouski', [[3, 13], [16, 24]]).map((p) => (p.marked ? `<${p.text}>` : p.text)).join(''),
      'un <incubateur> à <Rimouski>');
  });
});

describe('csv', () => {
  const rows: [string | number | null, string][] = [
    ['Réseau numérique', 'Réseau numérique'],
    ['Dupont, Martin', '"Dupont, Martin"'],
    ['dit « "oui" »', '"dit « ""oui"" »"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+33', "'+33"],
    ['-2', "'-2"],
    [-2, '-2'],
    [1250000, '1250000'],
    [null, ''],
  ];
  for (const [value, expected] of rows) it(`quotes ${JSON.stringify(value)}`, () => assert.equal(csvCell(value), expected));
  it('joins rows with CRLF', () => assert.equal(toCsv(['a', 'b'], [[1, 'x']]), 'a,b\r\n1,x\r\n'));
});

describe('place coordinates', () => {
  const coords = parsePlaceCoords(readFileSync(new URL('../../data/lexicons/place-coords.tsv', import.meta.url), 'utf8'));
  const rows: [string, number, number][] = [
    ['Montréal', 45.5, -73.57],
    ['MONTREAL', 45.5, -73.57],
    ['Trois-Rivières', 46.35, -72.55],
    ['trois rivieres', 46.35, -72.55],
    ['Saguenay—Lac-Saint-Jean', 48.43, -71.07],
    ['Paris', 48.86, 2.35],
    ['London', 51.51, -0.13],
  ];
  for (const [name, lat, lon] of rows) {
    it(`places ${name}`, () => {
      const c = coords.get(foldName(name));
      assert.ok(c, `${name} has coordinates`);
      assert.deepEqual([c.lat, c.lon], [lat, lon]);
    });
  }
  it('keeps every coordinate on the globe', () => {
    for (const c of coords.values()) assert.ok(Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, c.name);
    assert.ok(coords.size > 400);
  });
});

describe('graph model', () => {
  const node = (id: number) => ({ id, name: `n${id}`, type: 'ORG' as const, documents: 1, depth: 0 });
  const edge = (source: number, target: number, type: 'funding' | 'role', fact: number) => ({ id: `${fact}:0`, source, target, type, label: type, fact, sources: 1 });
  const first = { centre: 1, nodes: [node(1), node(2), node(3)], edges: [edge(1, 2, 'funding', 10), edge(1, 3, 'role', 11)], truncated: false };
  const second = { centre: 2, nodes: [node(2), node(1), node(4)], edges: [edge(1, 2, 'funding', 10), edge(2, 4, 'funding', 12)], truncated: true };
  const model = addNeighbourhood(addNeighbourhood(emptyModel(1), first), second);
  const dates = new Map([[10, '2015-03'], [11, '2021'], [12, null]]);
  const dateOf = (e: { fact: number }) => dates.get(e.fact) ?? null;

  it('merges neighbourhoods', () => {
    assert.deepEqual([...model.nodes.keys()].sort(), [1, 2, 3, 4]);
    assert.equal(model.edges.size, 3);
    assert.deepEqual([...model.expanded], [1, 2]);
    assert.equal(model.truncated, true);
  });

  const rows: [string[], number | null, number | null, number[], string[]][] = [
    [['funding', 'role'], null, null, [1, 2, 3, 4], ['10:0', '11:0', '12:0']],
    [['funding'], null, null, [1, 2, 4], ['10:0', '12:0']],
    [['funding', 'role'], 2020, null, [1, 2, 3, 4], ['11:0', '12:0']],
    [['role'], null, 2019, [1, 2], []],
  ];
  for (const [kinds, from, to, nodes, edges] of rows) {
    it(`filters ${kinds.join('+')} ${from ?? ''}–${to ?? ''}`, () => {
      const v = visible(model, { kinds: new Set(kinds), from, to }, dateOf);
      assert.deepEqual(v.nodes.map((n) => n.id).sort(), nodes);
      assert.deepEqual(v.edges.map((e) => e.id).sort(), edges);
    });
  }

  it('counts hops from the centre', () => {
    assert.deepEqual([...distances(1, [...model.edges.values()])].sort(), [[1, 0], [2, 1], [3, 1], [4, 2]]);
  });
});
