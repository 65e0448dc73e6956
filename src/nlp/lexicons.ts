/**
 * Veille's domain lexicons (data/lexicons/*.txt|tsv), read once on first use, as fast lookups.
 * Every key is a `lexKey`: folded, dashes and periods dropped, so "Gaspésie–Îles-de-la-Madeleine",
 * "Gaspésie-Îles-de-la-Madeleine" and "gaspesie iles de la madeleine" are one key, whatever
 * the tokenizer did with the dash or with "l'".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Status = 'current' | 'former' | 'outgoing' | 'incoming';
export interface Place { name: string; kind: string; /** every kind the name has, best first */ kinds: string[] }

export interface Lexicons {
  /** Words that open an organization name → type ("association" → "assoc"). */
  orgHeads: Map<string, string>;
  /** Words that close one → type ("inc" → "suffix", "university" → "university"). */
  orgTails: Map<string, string>;
  orgNameWords: Set<string>;
  /** Title → normalized code ("presidente directrice generale" → "ceo"). */
  titles: Map<string, string>;
  statusWords: Map<string, Status>;
  eventHeads: Set<string>;
  eventTails: Set<string>;
  eventAffixes: Affixes;
  programHeads: Set<string>;
  programTails: Set<string>;
  places: Map<string, Place>;
  firstNames: Set<string>;
  personPrefixes: Set<string>;
  stopCapitalized: Set<string>;
}

export type LexiconErrorCode = 'MISSING_DIR' | 'BAD_LINE' | 'CONFLICT';
export class LexiconError extends Error {
  constructor(readonly code: LexiconErrorCode, readonly where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.name = 'LexiconError';
  }
}

/** Lower case, no accents, one apostrophe, one dash, single spaces: "L’Île–Bizard" → "l'ile-bizard". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe').replace(/æ/gi, 'ae').toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'").replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ').trim();
}

/** The lookup key: `fold`, then no periods, dashes as spaces, nothing after an apostrophe ("l' Islet" → "l'islet"). */
export function lexKey(s: string): string {
  return fold(s).replace(/\./g, '').replace(/-/g, ' ').replace(/'\s+/g, "'").replace(/\s+/g, ' ').trim();
}

/** An entry ending in "-" is a word prefix ("Hydro-"); its key keeps the dash, which no lexKey has. */
function entryKey(s: string): string {
  return s.endsWith('-') ? `${lexKey(s)}-` : lexKey(s);
}

export interface Match<T> { len: number; value: T }
const isPunct = (w: string) => !/[\p{L}\p{N}]/u.test(w);

/**
 * The longest run of words starting at `words[i]` whose joined key is in `table`
 * ("Chambre de commerce et d' industrie de …" → len 6). A run never starts or ends on punctuation,
 * so "Paris ." does not swallow the period. For a Set, the value is the matched key.
 */
export function matchLongest<T>(words: readonly string[], i: number, table: ReadonlyMap<string, T>, maxLen?: number): Match<T> | null;
export function matchLongest(words: readonly string[], i: number, table: ReadonlySet<string>, maxLen?: number): Match<string> | null;
export function matchLongest<T>(
  words: readonly string[], i: number, table: ReadonlyMap<string, T> | ReadonlySet<string>, maxLen = 8,
): Match<T | string> | null {
  if (i >= words.length || isPunct(words[i]!)) return null;
  for (let n = Math.min(maxLen, words.length - i); n >= 1; n--) {
    if (isPunct(words[i + n - 1]!)) continue;
    const key = lexKey(words.slice(i, i + n).join(' '));
    if (!key) continue;
    if (table instanceof Map) { if (table.has(key)) return { len: n, value: table.get(key) as T }; }
    else if (table.has(key)) return { len: n, value: key };
  }
  return null;
}

/** A prefix entry ("Hydro-", "ex-") that opens this one hyphenated word: "ex-présidente" → "former". */
export function matchPrefix<T>(word: string, table: ReadonlyMap<string, T>): T | null {
  return matchPrefixKey(lexKey(word), table);
}

/** The same for a word already folded by lexKey (the entity recognizer's word keys). */
export function matchPrefixKey<T>(key: string, table: ReadonlyMap<string, T>): T | null {
  let prefixes = prefixCache.get(table) as [string, T][] | undefined;
  if (!prefixes) prefixCache.set(table, (prefixes = [...table].filter(([k]) => k.endsWith('-')).map(([k, v]) => [`${k.slice(0, -1)} `, v] as [string, T])));
  if (!key.includes(' ')) return null;
  for (const [k, v] of prefixes) if (key.startsWith(k)) return v;
  return null;
}
const prefixCache = new WeakMap<ReadonlyMap<string, unknown>, [string, unknown][]>();

/** Walk up from this module (src/nlp under tsx, dist/src/nlp compiled) to the folder holding package.json. */
export function defaultLexiconDir(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'data', 'lexicons');
    if (dirname(dir) === dir) throw new LexiconError('MISSING_DIR', from, 'no package.json above this folder');
  }
}

interface Row { cols: string[]; where: string }

/** Non-comment lines split on tabs; a line with too few or too many columns is an error, not skipped. */
export function readRows(dir: string, file: string, minCols: number, maxCols: number): Row[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new LexiconError('MISSING_DIR', path, 'lexicon file not found');
  const rows: Row[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const where = `${file}:${n + 1}`;
    const cols = line.split('\t');
    while (cols.length > minCols && cols[cols.length - 1] === '') cols.pop();
    if (cols.length < minCols || cols.length > maxCols || cols.some((c, k) => c !== c.trim() || (k < minCols && !c))) {
      throw new LexiconError('BAD_LINE', where, `expected ${minCols}-${maxCols} trimmed tab-separated columns`);
    }
    rows.push({ cols, where });
  });
  return rows;
}

function put<T>(map: Map<string, T>, key: string, value: T, where: string): void {
  const old = map.get(key);
  if (old !== undefined && old !== value) throw new LexiconError('CONFLICT', where, `"${key}" is already ${String(old)}`);
  map.set(key, value);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, where: string): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new LexiconError('BAD_LINE', where, `"${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

const POSITIONS = ['start', 'end', 'both', 'prefix', 'suffix'] as const;

/** Word-internal heads of a CamelCase name: "Hack" in "HackQC", "Fest" in "TechnoFest". */
export interface Affixes { prefix: string[]; suffix: string[] }

/**
 * Head files: `head[\ttype]\t[position]` into a heads table (start|both), a tails table (end|both)
 * and word-internal affixes (prefix|suffix).
 */
function readHeads(dir: string, file: string, typed: boolean): { heads: Map<string, string>; tails: Map<string, string>; affixes: Affixes } {
  const heads = new Map<string, string>(), tails = new Map<string, string>();
  const affixes: Affixes = { prefix: [], suffix: [] };
  for (const { cols, where } of readRows(dir, file, typed ? 2 : 1, typed ? 3 : 2)) {
    const type = typed ? cols[1]! : 'head';
    const pos = oneOf(cols[typed ? 2 : 1], POSITIONS, 'start', where);
    if (pos === 'prefix' || pos === 'suffix') {
      affixes[pos].push(cols[0]!);
      continue;
    }
    const key = entryKey(cols[0]!);
    if (pos !== 'end') put(heads, key, type, where);
    if (pos !== 'start') put(tails, key, type, where);
  }
  return { heads, tails, affixes };
}

function readSet(dir: string, file: string): Set<string> {
  return new Set(readRows(dir, file, 1, 1).map((r) => entryKey(r.cols[0]!)));
}

function readMap<T extends string>(dir: string, file: string, allowed?: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { cols, where } of readRows(dir, file, 2, 2)) {
    const value = allowed ? oneOf(cols[1], allowed, allowed[0]!, where) : (cols[1] as T);
    put(map, entryKey(cols[0]!), value, where);
  }
  return map;
}

/** Which reading a shared name gets: "Québec" the province before the city, "Irlande" the country before the village. */
export const PLACE_KINDS = ['province', 'country', 'municipality', 'region', 'city', 'borough', 'mrc', 'area'] as const;

function readPlaces(dir: string, files: string[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const file of files) {
    for (const { cols, where } of readRows(dir, file, 2, 3)) {
      const kind = oneOf(cols[1], PLACE_KINDS, 'area', where);
      const rank = (k: string) => PLACE_KINDS.indexOf(k as (typeof PLACE_KINDS)[number]);
      for (const alias of [cols[0]!, ...(cols[2] ? cols[2].split('|') : [])]) {
        const key = lexKey(alias);
        const old = places.get(key);
        if (!old) places.set(key, { name: cols[0]!, kind, kinds: [kind] });
        else if (!old.kinds.includes(kind)) {
          const best = rank(kind) < rank(old.kind) ? { name: cols[0]!, kind } : old;
          const kinds = [...old.kinds, kind].sort((a, b) => rank(a) - rank(b));
          places.set(key, { name: best.name, kind: best.kind, kinds });
        }
      }
    }
  }
  return places;
}

const STATUSES = ['current', 'former', 'outgoing', 'incoming'] as const;

/** Reads every lexicon in `dir`; throws a LexiconError naming file:line on the first malformed line. */
export function loadLexicons(dir = defaultLexiconDir()): Lexicons {
  const org = readHeads(dir, 'org-heads.txt', true);
  const events = readHeads(dir, 'event-heads.txt', false);
  const programs = readHeads(dir, 'program-heads.txt', false);
  return {
    orgHeads: org.heads, orgTails: org.tails,
    orgNameWords: readSet(dir, 'org-name-words.txt'),
    titles: readMap(dir, 'titles.txt'),
    statusWords: readMap(dir, 'status-words.txt', STATUSES),
    eventHeads: new Set(events.heads.keys()), eventTails: new Set(events.tails.keys()), eventAffixes: events.affixes,
    programHeads: new Set(programs.heads.keys()), programTails: new Set(programs.tails.keys()),
    places: readPlaces(dir, ['places-qc.tsv', 'places-world.tsv']),
    firstNames: readSet(dir, 'first-names.txt'),
    personPrefixes: readSet(dir, 'person-prefixes.txt'),
    stopCapitalized: readSet(dir, 'stop-capitalized.txt'),
  };
}

let cached: Lexicons | undefined;
/** The repo's lexicons, read on first call and shared after. */
export function lexicons(): Lexicons {
  return (cached ??= loadLexicons());
}
