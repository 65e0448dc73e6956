/**
 * Names known by their shape alone: two or more capitalized words ("Nordika Data", "Québec
 * International", "Canada Economic Development for Quebec Regions"), an acronym ("NORDEXPORT", "KORA"),
 * a CamelCase word ("BioSynthèse", "NovaTechnologies"). All ORG candidates of the lowest rule tier:
 * head words, persons, places and cue nouns override them.
 */
import { TIER, type Candidate } from '../candidate.js';
import type { EntityLexicons } from '../lexicon.js';
import { runEnd, shapeWord } from '../runs.js';
import type { View } from '../words.js';
import { letterKey } from '../initials.js';

const JOINS_EN = new Set(['of', 'for', "'s"]);
const ARTICLE = new Set(['la', "l'", 'le', 'les']);

export function shapeNames(v: View, lx: EntityLexicons, lang: 'fr' | 'en', common: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    if (!shapeWord(v, i, lx, true) || (i > 0 && shapeWord(v, i - 1, lx, false))) continue;
    if (ARTICLE.has(v.words[i]!.lower)) continue;
    let j = runEnd(v, i, lx);
    while (lang === 'en' && JOINS_EN.has(v.words[j]?.lower ?? '')) {
      const t = v.words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const e = runEnd(v, t, lx);
      if (e === t) break;
      j = e;
    }
    while (j - i > 1 && lx.acronymStop.has(v.words[j - 1]!.key)) j--;
    // "Minister of Economic Development", "Chief Executive Officer": a capitalized title, not a name.
    if (lx.base.titles.has(v.words[i]!.key)) continue;
    // "Montreal AI Summit", "Atlantic Tech Week": a run that closes on an event word names an event.
    if (j - i >= 2) out.push({ s: v.s, i, j, type: endsOnEvent(v, i, j, lx) ? 'EVENT' : 'ORG', rule: 'capitals', tier: TIER.shape, guess: true });
    else if (single(v, i, lx, common)) out.push({ s: v.s, i, j: i + 1, type: 'ORG', rule: 'acronym-shape', tier: TIER.shape, guess: true });
  }
  return out;
}

function single(v: View, i: number, lx: EntityLexicons, common: ReadonlySet<string>): boolean {
  const w = v.words[i]!;
  if (!(w.upper || w.camel) || w.num) return false;
  if (lx.acronymStop.has(w.key) || common.has(letterKey(w.text))) return false;
  return !(w.upper && w.text.replace(/\./g, '').length < 2);
}

function endsOnEvent(v: View, i: number, j: number, lx: EntityLexicons): boolean {
  for (let k = Math.max(i + 1, j - 2); k < j; k++) {
    if (lx.base.eventTails.has(v.words.slice(k, j).map((w) => w.key).join(' '))) return true;
  }
  return false;
}
