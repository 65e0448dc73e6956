import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  defaultLexiconDir, fold, lexicons, lexKey, LexiconError, loadLexicons, matchLongest, matchPrefix,
  type Lexicons,
} from '../../src/nlp/lexicons.js';

const DIR = fileURLToPath(new URL('../../data/lexicons/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const L = lexicons();

test('every lexicon file opens with a header naming its source and licence', () => {
  for (const file of readdirSync(DIR)) {
    const header = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => l.startsWith('#')).slice(0, 12).join('\n');
    assert.match(header, /Source:/, file);
    assert.match(header, /Licence:/, file);
  }
});

/** [table, minimum entries after folding] */
const minimums: [Exclude<keyof Lexicons, 'eventAffixes'>, number][] = [
  ['orgHeads', 150], ['orgTails', 60], ['orgNameWords', 200], ['titles', 120], ['statusWords', 40],
  ['eventHeads', 30], ['programHeads', 20], ['places', 2000], ['firstNames', 550],
  ['personPrefixes', 10], ['stopCapitalized', 150],
];
for (const [name, min] of minimums) {
  test(`${name} holds at least ${min} entries`, () => assert.ok(L[name].size >= min, `${name}: ${L[name].size}`));
}

test('fold and lexKey unify case, accents, apostrophes, dashes and periods', () => {
  const rows: [string, string, string][] = [
    ['L’Île–Bizard', "l'ile-bizard", "l'ile bizard"],
    ['Cœur  de\u00a0Ville', 'coeur de ville', 'coeur de ville'],
    ['P.-D.G.', 'p.-d.g.', 'p dg'],
    ["d' Orléans", "d' orleans", "d'orleans"],
  ];
  for (const [input, folded, key] of rows) {
    assert.equal(fold(input), folded, input);
    assert.equal(lexKey(input), key, input);
  }
});

test('sample lookups', () => {
  const place = (s: string) => L.places.get(lexKey(s));
  const rows: [string, unknown, unknown][] = [
    ['Rimouski', place('Rimouski')?.kind, 'municipality'],
    ['Gaspésie–Îles-de-la-Madeleine (en dash)', place('Gaspésie–Îles-de-la-Madeleine')?.kind, 'region'],
    ['Gaspésie-Îles-de-la-Madeleine (hyphen)', place('Gaspésie-Îles-de-la-Madeleine')?.name, 'Gaspésie–Îles-de-la-Madeleine'],
    ['Ahuntsic-Cartierville', place('Ahuntsic-Cartierville')?.kind, 'borough'],
    ['Côte-des-Neiges with a hyphen for the em dash', place('Côte-des-Neiges-Notre-Dame-de-Grâce')?.kind, 'borough'],
    ['France', place('France')?.kind, 'country'],
    ['China → Chine', place('China')?.name, 'Chine'],
    ['Quebec → the province first', place('Quebec')?.kind, 'province'],
    ['Québec is also a city', place('Québec')?.kinds.includes('municipality'), true],
    ['St-Jérôme', place('St-Jérôme')?.name, 'Saint-Jérôme'],
    ['British Columbia', place('British Columbia')?.name, 'Colombie-Britannique'],
    ['a common word left out of the gazetteer', place('Nouvelle'), undefined],
    ['présidente-directrice générale', L.titles.get(lexKey('présidente-directrice générale')), 'ceo'],
    ['Vice président aux ventes', L.titles.get(lexKey('Vice président aux ventes')), 'vp_sales'],
    ['sortant', L.statusWords.get('sortant'), 'outgoing'],
    ['nommée', L.statusWords.get(lexKey('nommée')), 'incoming'],
    ['ex-présidente', matchPrefix('ex-présidente', L.statusWords), 'former'],
    ['Hydro-Sherbrooke', matchPrefix('Hydro-Sherbrooke', L.orgHeads), 'company'],
    ['Inc. closes a name', L.orgTails.get(lexKey('Inc.')), 'suffix'],
    ['Inc. does not open one', L.orgHeads.has(lexKey('Inc.')), false],
    ['Marie Eve', L.firstNames.has(lexKey('Marie Eve')), true],
    ['Dre', L.personPrefixes.has(lexKey('Dre')), true],
    ['Janvier', L.stopCapitalized.has(lexKey('Janvier')), true],
    ['technologies', L.orgNameWords.has('technologies'), true],
    ['Sommet', L.eventHeads.has('sommet'), true],
    ['Fonds opens programs too', L.programHeads.has('fonds'), true],
  ];
  for (const [label, actual, expected] of rows) assert.deepEqual(actual, expected, label);
});

test('matchLongest finds the longest entry over tokens, whatever the tokenizer did with dashes and elision', () => {
  const words = "La Chambre de commerce et d' industrie de Rimouski accueille l' Office . Gaspésie – Îles-de-la-Madeleine".split(' ');
  const place = (i: number) => matchLongest(words, i, L.places);
  /** [label, match, expected length (0 = no match)] */
  const rows: [string, { len: number } | null, number][] = [
    ['org head over "d\'"', matchLongest(words, 1, L.orgHeads), 6],
    ['place', place(8), 1],
    ['region split by a dash token', place(13), 3],
    ['no entry here', place(9), 0],
    ['never starts on punctuation', matchLongest(words, 12, L.orgHeads), 0],
    ['past the end', place(words.length), 0],
    ['a trailing period is not swallowed', matchLongest(['Paris', '.'], 0, L.places), 1],
    ['a Set gives back its key', matchLongest(['Sommet', 'du', 'jeu'], 0, L.eventHeads), 1],
    ['maxLen bounds the run', matchLongest(words, 1, L.orgHeads, 3), 3],
  ];
  for (const [label, m, len] of rows) assert.equal(m?.len ?? 0, len, label);
  assert.equal(matchLongest(words, 1, L.orgHeads)?.value, 'chamber');
  assert.equal(matchLongest(['Sommet', 'du', 'jeu'], 0, L.eventHeads)?.value, 'sommet');
  assert.equal(matchLongest(['président', 'du', 'conseil', "d'", 'administration', 'sortant'], 0, L.titles)?.value, 'chair');
});

test('a malformed or contradictory line is an error naming file:line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veille-lex-'));
  for (const file of readdirSync(DIR)) writeFileSync(join(dir, file), readFileSync(join(DIR, file)));
  const rows: [string, string, string, string][] = [
    ['status-words.txt', '# cues\nsortant\toutgoing\nancien\tgone\n', 'BAD_LINE', 'status-words.txt:3'],
    ['titles.txt', '# titles\nmaire\n', 'BAD_LINE', 'titles.txt:2'],
    ['titles.txt', '# titles\nmaire\tmayor\n Maire\tmayor\n', 'BAD_LINE', 'titles.txt:3'],
    ['titles.txt', '# titles\nmaire\tmayor\nMaire\tchair\n', 'CONFLICT', 'titles.txt:3'],
    ['org-heads.txt', '# heads\nAssociation\tassoc\tmiddle\n', 'BAD_LINE', 'org-heads.txt:2'],
  ];
  for (const [file, text, code, where] of rows) {
    const original = readFileSync(join(DIR, file));
    writeFileSync(join(dir, file), text);
    assert.throws(() => loadLexicons(dir), (e) => e instanceof LexiconError && e.code === code && e.where === where, where);
    writeFileSync(join(dir, file), original);
  }
  assert.ok(loadLexicons(dir).titles.size > 0, 'the restored copy loads again');
  rmSync(dir, { recursive: true, force: true });
});

test('the data folder is found from src/ and from a compiled dist/src/ alike', () => {
  const root = mkdtempSync(join(tmpdir(), 'veille-root-'));
  writeFileSync(join(root, 'package.json'), '{}');
  mkdirSync(join(root, 'dist', 'src', 'nlp'), { recursive: true });
  assert.equal(defaultLexiconDir(join(root, 'dist', 'src', 'nlp')), join(root, 'data', 'lexicons'));
  assert.equal(defaultLexiconDir(), fileURLToPath(new URL('../../data/lexicons', import.meta.url)));
  rmSync(root, { recursive: true, force: true });
});

test('places-qc.tsv covers every inhabited Québec municipality of the gazetteer', { skip: !existsSync(SHARED) }, () => {
  const csv = readFileSync(join(SHARED, 'data/gazetteer-ocd-canada/ca_census_subdivisions.csv'), 'utf8');
  const excluded = new Set(readFileSync(join(DIR, 'places-qc-exclude.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  const missing = csv.split('\n')
    .filter((l) => l.includes('/csd:24') && !/,NO,/.test(l))
    .map((l) => (l.match(/^[^,]+,(?:"([^"]*)"|([^,]*))/) ?? [])[1] ?? l.split(',')[1]!)
    .filter((name) => !excluded.has(name) && !L.places.has(lexKey(name)));
  assert.deepEqual(missing, []);
});

test('no lexicon holds a name from the seed annotations (general knowledge only)', { skip: !existsSync(join(SHARED, 'gold')) }, () => {
  const tables = [L.orgHeads, L.orgTails, L.orgNameWords, L.titles, L.eventHeads, L.programHeads, L.firstNames];
  for (const file of readdirSync(join(SHARED, 'gold'))) {
    const gold = JSON.parse(readFileSync(join(SHARED, 'gold', file), 'utf8')) as { entities: { type: string; name: string }[] };
    for (const e of gold.entities.filter((x) => x.type !== 'LOC')) {
      const key = lexKey(e.name);
      assert.ok(!tables.some((t) => t.has(key)) && !L.places.has(key), `${file}: ${e.name}`);
    }
  }
});
