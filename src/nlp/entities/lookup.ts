/**
 * lexicons.matchLongest at a word of a sentence view, faster: a first-word filter (most words open no
 * lexicon entry) and keys joined from the words' precomputed keys (folding every candidate phrase
 * again dominated the profile).
 */
import type { Match } from '../lexicons.js';
import type { View } from './words.js';

type Table<T> = ReadonlyMap<string, T> | ReadonlySet<string>;
const firsts = new WeakMap<object, Set<string>>();

/** The first word of a lexicon key, up to a space or just after an apostrophe ("d'impot" → "d'"). */
const firstSegment = (key: string) => /^[^ ']*'?/.exec(key)![0];

export function firstWords(table: Table<unknown>): Set<string> {
  let set = firsts.get(table);
  if (!set) {
    set = new Set([...table.keys()].map(firstSegment));
    firsts.set(table, set);
  }
  return set;
}

export function match<T>(v: View, i: number, table: ReadonlyMap<string, T>, maxLen?: number): Match<T> | null;
export function match(v: View, i: number, table: ReadonlySet<string>, maxLen?: number): Match<string> | null;
export function match<T>(v: View, i: number, table: Table<T>, maxLen = 8): Match<T | string> | null {
  const { words } = v;
  const w = words[i];
  if (!w || w.punct || !firstWords(table).has(w.seg)) return null;
  // Same keys as lexicons.matchLongest (lexKey of the joined words), built from the words' own keys.
  for (let n = Math.min(maxLen, words.length - i); n >= 1; n--) {
    if (words[i + n - 1]!.punct) continue;
    // Joined as lexKey joins a phrase: one space between words, none after an elision ("d'" + "impot").
    let key = w.key;
    for (let k = i + 1; k < i + n; k++) {
      const next = words[k]!.key;
      if (!next) continue;
      // No space around an elision ("d'" + "impot") nor before a clitic ("john" + "'s").
      key = !key ? next : key.endsWith("'") || next.startsWith("'") ? key + next : `${key} ${next}`;
    }
    if (n > 1 && /\s\s|'\s|^\s|\s$/.test(key)) key = key.replace(/'\s+/g, "'").replace(/\s+/g, ' ').trim();
    if (!key) continue;
    if (table instanceof Map) { if (table.has(key)) return { len: n, value: table.get(key) as T }; }
    else if (table.has(key)) return { len: n, value: key };
  }
  return null;
}
