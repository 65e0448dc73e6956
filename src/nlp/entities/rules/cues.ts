/**
 * Cue nouns type the capitalized name beside them:
 * - before: "l'incubateur Le Phare", "le studio montréalais Brume Interactive", "son colloque annuel,
 *   Lanaudière connectée", "son accélérateur d'entreprises, le Centech" (the cue + name is an alias);
 * - after, in English: "the Centech accelerator program";
 * - in apposition: "Lexigraph, a Montreal start-up", "Optiplan, un développeur montréalais".
 */
import type { EntityType } from '../../../extract/model.js';

import { TIER, type Candidate } from '../candidate.js';
import { contentWord, isPlace } from '../extend.js';
import type { EntityLexicons } from '../lexicon.js';
import { nameBefore } from '../bounds.js';
import { runEnd, runStart } from '../runs.js';
import { isFunctionWord, type View } from '../words.js';
import { spanText } from './head-names.js';
import { firstNameAt } from './persons.js';
import { match } from '../lookup.js';

const DETS = new Set(['un', 'une', 'le', 'la', "l'", 'a', 'an', 'the']);
const DEMONYM = /(?:ais|aise|ois|oise|ien|ienne|ain|aine|éen|éenne|iens|iennes)$/;

export function cueNames(v: View, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    if (w.cap && !w.initial) continue;
    const cue = match(v, i, lx.cues, 2);
    if (!cue) continue;
    const before = cueBefore(v, i, cue.len, cue.value, lx);
    if (before) out.push(before);
    const after = lang === 'en' ? cueAfter(v, i, cue.value, lx) : null;
    if (after) out.push(after);
    const appo = apposition(v, i, cue.value, lx, lang);
    if (appo) out.push(appo);
  }
  return out;
}

/** A name run that is neither a place alone nor a person. */
function plainName(v: View, i: number, j: number, lx: EntityLexicons): boolean {
  if (j <= i) return false;
  // "le président de l'entreprise, M. Pelletier": an honorific opens a person.
  if (lx.base.personPrefixes.has(v.words[i]!.key) || lx.base.personPrefixes.has(v.words[i]!.key.replace(/\.$/, ''))) return false;
  if (isPlace(v, i, lx) && match(v, i, lx.base.places)!.len >= j - i) return false;
  return firstNameAt(v, i, lx) === 0 || j - i > 3;
}

function cueBefore(v: View, i: number, len: number, type: EntityType, lx: EntityLexicons): Candidate | null {
  let k = i + len;
  let adjacent = true;
  while (k < i + len + 2 && v.words[k] && !v.words[k]!.cap && (v.words[k]!.pos === 'ADJ' || DEMONYM.test(v.words[k]!.lower))) { k++; adjacent = false; }
  if (["d'", 'de'].includes(v.words[k]?.lower ?? '') && v.words[k + 1] && contentWord(v.words[k + 1]!, lx)) { k += 2; adjacent = false; }
  if (v.words[k]?.text === ',') { k++; adjacent = false; if (DETS.has(v.words[k]?.lower ?? '')) k++; }
  // "l'événement du Code à Rimouski": an event's name may follow "du", "de la", "des".
  if (type === 'EVENT' && ['du', 'des', 'de'].includes(v.words[k]?.lower ?? '')) {
    k += v.words[k + 1]?.lower === 'la' || v.words[k + 1]?.lower === "l'" ? 2 : 1;
    adjacent = false;
  }
  let j = runEnd(v, k, lx);
  if (j === k && v.words[k]?.cap && !isFunctionWord(v.words[k]!)) j = runEnd(v, k + 1, lx, 5, true);
  const next = v.words[j], after = v.words[j + 1];
  if (j > k && next && !next.cap && !next.num && !next.punct && (!after || after.punct) && !lx.pos.has(next.lower)) j++;
  // "le programme Cap numérique", "le programme Propulsion 360": a program's name takes its adjective or number.
  if (type === 'PROGRAM' && j > k) {
    while (v.words[j] && (/^\d{1,4}$/.test(v.words[j]!.text) || (!v.words[j]!.cap && v.words[j]!.pos === 'ADJ' && !DEMONYM.test(v.words[j]!.lower)))) j++;
  }
  if (!plainName(v, k, j, lx)) return null;
  const c: Candidate = { s: v.s, i: k, j, type, rule: 'cue-noun', tier: TIER.strong };
  if (adjacent) c.aliases = [spanText(v, i, j)];
  return c;
}

/** "the Centech accelerator program": an English name right before its cue noun. */
function cueAfter(v: View, i: number, type: EntityType, lx: EntityLexicons): Candidate | null {
  const start = runStart(v, i, lx, 4);
  if (!plainName(v, start, i, lx) || v.words[i + 1]?.lower === "'s") return null;
  return { s: v.s, i: start, j: i, type, rule: 'cue-noun', tier: TIER.context };
}

/** "X, a Montreal start-up" / "X, l'organisme de …": name, comma, determiner, up to four words, cue. */
function apposition(v: View, i: number, type: EntityType, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  if (v.words[i + 1]?.lower === "'s") return null;
  for (let d = i - 1; d >= Math.max(1, i - 5); d--) {
    if (!DETS.has(v.words[d]!.lower) || v.words[d - 1]?.text !== ',') continue;
    if (v.words.slice(d + 1, i).some((w) => w.punct)) return null;
    const after = v.words[i + 1];
    if (after && (after.pos === 'AUX' || after.pos === 'VERB' || lx.verbs.has(after.key) || lx.speechVerbs.has(after.key))) return null;
    const end = d - 1;
    const start = nameBefore(v, end, lx, lang);
    if (!plainName(v, start, end, lx)) return null;
    // "Enfin, l'organisme X": a sentence-opening adverb is no name.
    if (end - start === 1 && start === 0 && lx.base.stopCapitalized.has(v.words[start]!.key)) return null;
    return { s: v.s, i: start, j: end, type, rule: 'apposition', tier: TIER.context };
  }
  return null;
}
