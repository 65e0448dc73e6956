/**
 * Head-word names: a word that opens (or closes) an organization, event or program name, extended
 * over the rest of the name. "Association québécoise des entreprises vertes" (org-head),
 * "12e Salon des technologies vertes" (event-head; the ordinal is an alias),
 * "programme ESSOR" (program-head in lower case), "Townships Tech Network" (head at the end).
 * A capitalized head alone ("le Centre") is a weak candidate: it counts only if it joins a longer name.
 */
import type { EntityType } from '../../../extract/model.js';
import { lexKey, matchPrefixKey, type Match } from '../../lexicons.js';
import { TIER, type Candidate } from '../candidate.js';
import { contentWord, extendLeft, extendRight, FRENCH_WORD, isPlace, trimEnd } from '../extend.js';
import type { EntityLexicons } from '../lexicon.js';
import type { View } from '../words.js';
import { firstWords, match } from '../lookup.js';

export interface Head { len: number; type: EntityType; gov: boolean; end: boolean; rule: string | undefined; kind?: string }

const ORDINAL = /^\d+(?:e|er|re|ère|ème|eme|th|st|nd|rd)$/;
const GOV = new Set(['gov']);
const ARTICLE = new Set(['le', 'la', 'les', "l'", 'the']);
// "les MRC de Kamouraska et de …", "des Ville de …": a plural is a common noun, not a name.
const PLURAL = new Set(['les', 'des', 'aux', 'ces', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs']);

export function headNames(v: View, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    if (w.cap && matchPrefixKey(w.key, lx.base.orgHeads)) {
      out.push({ s: v.s, i, j: i + 1, type: 'ORG', rule: 'org-head', tier: TIER.strong });
      continue;
    }
    const head = findHead(v, i, lx);
    if (!head || head.rule === 'weak') continue;
    const c = nameAt(v, i, head, lx, lang);
    if (c) out.push(c);
  }
  return out;
}

const firstsOf = new WeakMap<EntityLexicons, Set<string>>();
/** The first words of every head and tail table, as match() filters them, in one set. */
function headFirsts(lx: EntityLexicons): Set<string> {
  let set = firstsOf.get(lx);
  if (!set) {
    const b = lx.base;
    set = new Set<string>();
    for (const table of [b.eventHeads, b.orgHeads, b.programHeads, b.eventTails, b.orgTails, b.programTails]) {
      for (const first of firstWords(table)) set.add(first);
    }
    firstsOf.set(lx, set);
  }
  return set;
}

/** The longest head at i; an event head wins a tie, "Fonds" + lower case is a program. */
export function findHead(v: View, i: number, lx: EntityLexicons): Head | null {
  const b = lx.base;
  // Most words open no head of any of the six tables: one lookup instead of six.
  if (!headFirsts(lx).has(v.words[i]?.seg ?? '')) return null;
  const pick = (m: Match<unknown> | null, type: EntityType, gov: boolean, end: boolean, best: Head | null): Head | null =>
    m && (!best || m.len > best.len) ? { len: m.len, type, gov, end, rule: undefined } : best;
  let best: Head | null = null;
  best = pick(match(v, i, b.eventHeads, 4), 'EVENT', false, false, best);
  const org = match(v, i, b.orgHeads, 6);
  best = pick(org, 'ORG', org !== null && GOV.has(org.value), false, best);
  if (best && org && best.len === org.len && best.type === 'ORG') best.kind = org.value;
  const prog = match(v, i, b.programHeads, 4);
  if (prog && org && prog.len === org.len && best?.type === 'ORG') {
    const next = v.words[i + prog.len];
    if (next && !next.cap && !next.num) best = { ...best, type: 'PROGRAM' };
  } else best = pick(prog, 'PROGRAM', false, false, best);
  if (!best) {
    best = pick(match(v, i, b.eventTails, 3), 'EVENT', false, true, best);
    best = pick(match(v, i, b.orgTails, 3), 'ORG', false, true, best);
    best = pick(match(v, i, b.programTails, 3), 'PROGRAM', false, true, best);
  }
  if (!best) return null;
  const key = lexKey(v.texts.slice(i, i + best.len).join(' '));
  return { ...best, rule: lx.headRules.get(key) };
}

function nameAt(v: View, i: number, head: Head, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  const w = v.words[i]!;
  if (!w.cap && !(head.rule === 'lower' || head.rule === 'free')) return null;
  if (head.type === 'ORG' && PLURAL.has(v.words[i - 1]?.lower ?? '')) return null;
  // "Les Entreprises …" is a name, "Les entreprises du Saguenay" is not.
  if (ARTICLE.has(w.lower) && !v.words.slice(i, i + head.len).every((x) => x.cap)) return null;
  if (!w.cap && !lowerHeadNamed(v, i + head.len, head, lx)) return null;
  if (lx.base.orgTails.get(w.key) === 'suffix') return null;
  const after = v.words[i + head.len];
  const french = lang === 'fr' || /[à-ÿ]/i.test(w.text) || (after !== undefined && !lx.commonEn.has(after.key) &&
    (['de', 'du', 'des', "d'"].includes(after.lower) || (contentWord(after, lx) && (lx.pos.has(after.lower) || FRENCH_WORD.test(after.lower)))));
  const opts = { lower: french, gov: head.gov, connectors: true, unit: head.kind === 'unit' };
  const left = w.cap ? extendLeft(v, i, lx) : i;
  let j = head.end ? i + head.len : extendRight(v, i + head.len, opts, lx);
  j = trimEnd(v, left, j);
  if (head.end && left === i) return null;
  const bare = left === i && j === i + head.len;
  if (bare && (!w.cap || head.end)) return null;
  const rule = `${head.type === 'ORG' ? 'org' : head.type === 'EVENT' ? 'event' : 'program'}-head`;
  const c: Candidate = { s: v.s, i: left, j, type: head.type, rule: bare ? 'head-bare' : rule, tier: bare ? TIER.weak : TIER.strong };
  const ord = v.words[left - 1];
  if (head.type === 'EVENT' && ord && ORDINAL.test(ord.text)) c.aliases = [`${ord.text} ${spanText(v, left, j)}`];
  // "Ville de Matane" is the city as an administration (ORG); the place it names is a LOC too.
  if (head.kind === 'city' && !bare && isPlace(v, i + head.len, lx)) {
    c.inner = { s: v.s, i: i + head.len, j, type: 'LOC', rule: 'city-place', tier: TIER.place };
  }
  // "bureau du Québec à Tokyo", "délégation générale à Paris": a public office's city is a place of its own
  // too (a university's is only part of its name).
  if (!c.inner && !bare && head.kind === 'gov') {
    for (let k = i + head.len + 1; k < j; k++) {
      if (!['à', 'au', 'aux', 'in'].includes(v.words[k - 1]!.lower) || !isPlace(v, k, lx)) continue;
      if (k + match(v, k, lx.base.places)!.len === j) c.inner = { s: v.s, i: k, j, type: 'LOC', rule: 'branch-place', tier: TIER.place };
      break;
    }
  }
  return c;
}

/** A lower-case head names something only when a proper name follows: "ministère des Finances", "programme ESSOR". */
function lowerHeadNamed(v: View, k: number, head: Head, lx: EntityLexicons): boolean {
  const next = v.words[k];
  if (!next) return false;
  if (head.rule === 'free') return !next.cap && !next.punct;
  if (next.upper) return head.type === 'PROGRAM';
  let t = k;
  while (['de', 'du', 'des', "d'", 'la', "l'", 'of', 'the'].includes(v.words[t]?.lower ?? '')) t++;
  const name = v.words[t];
  if (t === k && !/\s(?:du|de|des|of)$/.test(v.texts.slice(k - head.len, k).join(' '))) return false;
  if (!name?.cap) return false;
  // "gouvernement du Québec", "bureau du Québec" name a country's or province's body; "bureau de Québec" is an office in a city.
  const joined = v.texts.slice(Math.max(k - 1, t - 2), t).join(' ').toLowerCase();
  if (isPlace(v, t, lx)) return !/(?:^|\s)(?:de|d')$/.test(joined) || /(?:de la|de l')$/.test(joined);
  return lx.pos.get(name.lower) === 'NOUN' || /(?:tion|ie|ce|té|ment|ances?|ions?)s?$/.test(name.lower);
}

export function spanText(v: View, i: number, j: number): string {
  let out = '';
  for (let k = i; k < j; k++) {
    const w = v.words[k]!;
    if (k > i && v.words[k - 1]!.end < w.start) out += ' ';
    out += w.text;
  }
  return out;
}
