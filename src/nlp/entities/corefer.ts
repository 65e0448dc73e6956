/**
 * In-document coreference: which mentions name the same thing. Mentions join when they fold alike,
 * when an acronym is defined by or spells a long form, when a short form's words are all in a longer
 * name ("l'Alliance" → "Alliance technologique", "Carrefour des TIC" → the long Carrefour name),
 * when a surname or "M. D'Astous" matches a full person, and when two places are the same gazetteer place.
 */
import type { Candidate } from './candidate.js';
import { letterKey, spells } from './initials.js';
import { foldKey, strictSubset } from './keys.js';

export interface Draft {
  c: Candidate;
  text: string;
  start: number;
  end: number;
  key: string;
  /** Content words, folded. */
  words: string[];
  /** The span's word texts, punctuation left out (for spelling acronyms). */
  tokens: string[];
  family: 'PER' | 'LOC' | 'NAME';
  /** The name ends with a place right after a name word ("Cyber Tech Nantes", "Ubisoft Montréal"). */
  placeTail: boolean;
  /** Canonical gazetteer place ("Québec/province"), for LOC mentions. */
  place: string | null;
  /** An event or program name that opens on its head word ("Défi AgroNum", not "Montreal AI Summit"). */
  headFirst?: boolean;
  /** An organization name that opens on a head word or a place ("Corporation Rimouski Numérique", "Lennoxville Venture Lab"). */
  orgHeadFirst?: boolean;
}

class UnionFind {
  private parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const isAcronym = (d: Draft) => d.tokens.length === 1 && /^[\p{Lu}.]+$/u.test(d.tokens[0]!) && letterKey(d.tokens[0]!).length >= 2;

/** Group index (the smallest draft index of its group) for each draft; drafts are in text order. */
export function corefer(drafts: Draft[]): number[] {
  const uf = new UnionFind(drafts.length);
  const index = new Map<Candidate, number>(drafts.map((d, i) => [d.c, i]));
  const byKey = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.c.link && index.has(d.c.link)) uf.union(i, index.get(d.c.link)!);
    const key = `${d.family}:${d.place ?? d.key}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else uf.union(i, seen);
  });
  drafts.forEach((d, i) => {
    const target = d.family === 'PER' ? fullPerson(drafts, i) : d.family === 'NAME' ? longForm(drafts, i) : -1;
    if (target >= 0) uf.union(i, target);
  });
  return drafts.map((_, i) => uf.find(i));
}

/** Nearest draft before i (else first after) that passes `test`. */
function nearest(drafts: Draft[], i: number, test: (d: Draft) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(drafts[k]!)) return k;
  for (let k = i + 1; k < drafts.length; k++) if (test(drafts[k]!)) return k;
  return -1;
}

/** A one-word person ("D'Astous", "Tran") → the full person whose last word it is. */
function fullPerson(drafts: Draft[], i: number): number {
  const d = drafts[i]!;
  if (d.tokens.length !== 1) return -1;
  const last = foldKey(d.tokens[0]!);
  return nearest(drafts, i, (o) => o.family === 'PER' && o.tokens.length > 1 && foldKey(o.tokens[o.tokens.length - 1]!) === last);
}

/** "Cyber Tech Nantes" is a branch of "Cyber Tech", not another name for it: the long form only adds a place. */
function branch(short: Draft, long: Draft): boolean {
  return long.c.type === 'ORG' && long.text.startsWith(short.text) && long.placeTail;
}

/** An acronym that spells a longer name, or a short form whose words are all in a longer name. */
function longForm(drafts: Draft[], i: number): number {
  const d = drafts[i]!;
  if (isAcronym(d)) {
    const letters = letterKey(d.tokens[0]!);
    const spelled = nearest(drafts, i, (o) => o.family === 'NAME' && o.tokens.length > 1 && spells(letters, o.tokens));
    if (spelled >= 0) return spelled;
  }
  return nearest(drafts, i, (o) => o.family === 'NAME' && strictSubset(d.words, o.words) && !branch(d, o) && !namedAfter(d, o) && !tailOf(d, o));
}

/**
 * "HEC Montréal" closing "La Base entrepreneuriale HEC Montréal" names the body the longer one
 * belongs to: a short form of two words or more keeps the long name's first word, unless only
 * a head word or a place is dropped ("Rimouski Numérique" for "Corporation Rimouski Numérique").
 */
function tailOf(short: Draft, long: Draft): boolean {
  // "Québec de Brume Interactive" is Brume Interactive's (its office's) name: "de" + the short form is not another body.
  const before = long.tokens[long.tokens.length - short.tokens.length - 1]?.toLowerCase();
  if (before && /^(?:de|du|des|d'|d’|of)$/.test(before)) return false;
  return short.words.length >= 2 && !(long.orgHeadFirst && short.words.length === long.words.length - 1) && short.words[0] !== long.words[0] && short.words.every((w, k) => w === long.words[long.words.length - short.words.length + k]);
}

/**
 * "Défi AgroNum" is an event named after AgroNum, not another name for it: an event's or program's
 * short form keeps its head word ("le Défi"), so a form without it names something else.
 */
function namedAfter(short: Draft, long: Draft): boolean {
  return long.headFirst === true && long.words[0] !== undefined && !short.words.includes(long.words[0]);
}
