import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataDir } from '../../src/nlp/tagger/corpora/index.js';

/** A slot filler: text, its entity type (null = outside), and how French articles attach. */
export interface Filler {
  text: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC' | null;
  /** m, f, p (plural) for a name led by a common noun ("Association f"); none = bare name. */
  gender?: 'm' | 'f' | 'p';
  /** Extra fillers glued after this one, e.g. the " (RELL)" of an organization. */
  after?: { text: string; type: Filler['type'] }[];
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Reads a `[section]`-split list file of this folder; `#` lines are comments. */
export function sections(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  out.set('', current);
  for (const raw of readFileSync(join(HERE, file), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const head = /^\[(.+)\]$/.exec(line);
    if (head) out.set(head[1]!, (current = []));
    else current.push(line);
  }
  return out;
}

/** Lines of a plain list file. */
export function list(file: string): string[] {
  return sections(file).get('')!;
}

/** Québec municipalities, Montréal boroughs and MRC names from the OCD gazetteer (CC0), when present. */
export function gazetteer(): { towns: string[]; boroughs: string[]; mrcs: string[] } {
  const dir = join(sharedDataDir(), 'gazetteer-ocd-canada');
  if (!existsSync(dir)) return { towns: [], boroughs: [], mrcs: [] };
  const rows = (file: string): string[][] => readFileSync(join(dir, file), 'utf8').split('\n').slice(1).map(csvRow);
  const towns = rows('ca_census_subdivisions.csv')
    .filter((r) => r[0]?.includes('csd:24') && ['V', 'MÉ', 'VL', 'CT', 'PE'].includes(r[3] ?? ''))
    .map((r) => r[2] || r[1]!);
  const boroughs = rows('census_subdivision-montreal-boroughs.csv').map((r) => r[1]!).filter(Boolean);
  const mrcs = rows('ca_census_divisions.csv')
    .filter((r) => r[0]?.includes('cd:24'))
    .map((r) => r[2] || r[1]!)
    .filter((name) => !/^(L[ea]s?|L')\s?/.test(name));
  return { towns: towns.filter((t) => !/^(L[ea]s?|L')\s/.test(t)), boroughs, mrcs };
}

function csvRow(line: string): string[] {
  const cells: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (let m = re.exec(line); m && m[0] !== '' ; m = re.exec(line)) cells.push((m[1] ?? m[2] ?? '').replace(/""/g, '"'));
  return cells;
}
