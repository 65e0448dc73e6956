/**
 * Builds data/lexicons/places-qc.tsv from the Open Civic Data gazetteer (CC0) in
 * ../shared/data/gazetteer-ocd-canada, plus the hand-written regions-qc.tsv.
 *
 *   node --import tsx scripts/build-places.ts [gazetteer-dir]
 *
 * Output columns: name, kind (province | municipality | region | borough | mrc), alternates ("|").
 * Rows are sorted by kind priority then name, so the loader's first row for a name is the
 * likeliest reading ("Québec" the province before "Québec" the city).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = new URL('../', import.meta.url);
const lexDir = new URL('data/lexicons/', repo);
const gazDir = process.argv[2] ?? fileURLToPath(new URL('../shared/data/gazetteer-ocd-canada/', repo));
const KINDS = ['province', 'municipality', 'region', 'borough', 'mrc'];

interface Place { name: string; kind: string; alts: Set<string> }

/** RFC 4180 fields: commas inside quotes, "" for a quote. */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

function readCsv(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(`${gazDir}/${file}`, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = parseCsvLine(head!);
  return lines.map((l) => Object.fromEntries(parseCsvLine(l).map((v, i) => [cols[i], v.trim()])));
}

/** "Percé (Ville)" → "Percé": StatCan sometimes appends the municipal type in parentheses. */
function stripTypeSuffix(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** Spellings news uses for the same place: hyphen for the official em dash, "St-"/"Ste-", no article. */
function variants(name: string): string[] {
  const out = new Set<string>();
  if (/[–—]/.test(name)) out.add(name.replace(/[–—]/g, '-'));
  for (const n of [name, ...out]) {
    if (/^Saint-/.test(n)) out.add(n.replace(/^Saint-/, 'St-'));
    if (/^Sainte-/.test(n)) out.add(n.replace(/^Sainte-/, 'Ste-'));
  }
  // "La Haute-Gaspésie" → "Haute-Gaspésie", but not "La Tuque" → "Tuque" (no hyphen left).
  const bare = name.replace(/^(?:La |Le |Les |L')/, '');
  if (bare !== name && bare.includes('-')) out.add(bare);
  out.delete(name);
  return [...out];
}

/** Province abbreviations worth matching: "N.-B.", "C.-B."; not "Que." or "Ont." (French words). */
function usefulAbbrev(a: string): boolean {
  return (a.match(/\p{L}+/gu) ?? []).length >= 2;
}

function collect(): Place[] {
  const places = new Map<string, Place>();
  const add = (name: string, kind: string, alts: string[] = []) => {
    const p = places.get(`${kind}\t${name}`) ?? { name, kind, alts: new Set<string>() };
    for (const a of [...alts, ...variants(name)]) if (a && a !== name) p.alts.add(a);
    places.set(`${kind}\t${name}`, p);
  };
  const exclude = new Set(readLines('places-qc-exclude.txt'));
  const frNames = new Map(readCsv('ca_provinces_and_territories-name_fr.csv').map((r) => [r.id, r.name_fr!]));
  for (const r of readCsv('ca_provinces_and_territories.csv')) {
    const abbrevs = [r.abbreviation!, r.abbreviation_fr!].filter(usefulAbbrev);
    add(frNames.get(r.id!) ?? r.name!, 'province', [r.name!, ...abbrevs]);
  }
  for (const r of readCsv('ca_census_subdivisions.csv')) {
    // NO = unorganized territory: uninhabited lakes and hills, rarely news, often common words.
    if (!r.id!.includes('/csd:24') || r.classification === 'NO') continue;
    const name = stripTypeSuffix(r.name_fr || r.name!);
    if (!exclude.has(name)) add(name, 'municipality');
  }
  for (const r of readCsv('ca_census_divisions.csv')) {
    if (r.id!.includes('/cd:24')) add(stripTypeSuffix(r.name_fr || r.name!), 'mrc');
  }
  for (const r of readCsv('census_subdivision-montreal-boroughs.csv')) add(r.name!, 'borough');
  for (const line of readLines('regions-qc.tsv')) {
    const [name, kind, alts] = line.split('\t');
    add(name!, kind!, alts ? alts.split('|') : []);
  }
  reportUnusedExcludes(exclude);
  return [...places.values()].sort((a, b) =>
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'fr'));
}

function readLines(file: string): string[] {
  return readFileSync(new URL(file, lexDir), 'utf8').split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
}

function reportUnusedExcludes(exclude: Set<string>): void {
  const known = new Set(readCsv('ca_census_subdivisions.csv').map((r) => stripTypeSuffix(r.name_fr || r.name!)));
  for (const n of exclude) if (!known.has(n)) console.warn(`places-qc-exclude.txt: "${n}" is not in the gazetteer`);
}

function main(): void {
  const rows = collect();
  const header = [
    '# Québec places: provinces (fr + en), municipalities, administrative and informal regions,',
    '# MRCs / census divisions, Montréal boroughs. GENERATED by scripts/build-places.ts — do not edit;',
    '# edit regions-qc.tsv or places-qc-exclude.txt and rerun the script.',
    '# Source: Open Civic Data division identifiers (github.com/opencivicdata/ocd-division-ids,',
    '# identifiers/country-ca), names from Statistics Canada census geography. Licence: CC0 1.0.',
    '# Regions and alternates from regions-qc.tsv (written for Veille, MIT).',
    '# Columns: name <TAB> kind <TAB> alternate names separated by "|".',
  ];
  const body = rows.map((p) => [p.name, p.kind, [...p.alts].join('|')].join('\t'));
  writeFileSync(new URL('places-qc.tsv', lexDir), [...header, ...body, ''].join('\n'));
  const counts = KINDS.map((k) => `${k} ${rows.filter((p) => p.kind === k).length}`).join(', ');
  console.log(`places-qc.tsv: ${rows.length} rows (${counts})`);
}

main();
