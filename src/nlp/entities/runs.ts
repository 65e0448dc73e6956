/**
 * Runs of name-shaped words, for rules that find a name by its shape or its context rather than
 * by a head word: "Nordika Data", "Orion 4 K", "L'Anse Rêv'art", "Savoirs Mobiles inc.", "22h47".
 */

import type { EntityLexicons } from './lexicon.js';
import { isCommon, isFunctionWord, type View } from './words.js';
import { match } from './lookup.js';

const ARTICLES = new Set(['la', "l'", 'le', 'les']);

/** Is words[k] a word of a name found by shape? */
export function shapeWord(v: View, k: number, lx: EntityLexicons, first: boolean): boolean {
  const w = v.words[k];
  if (!w || w.punct) return false;
  if (w.upper || w.camel) return !(first && lx.acronymStop.has(w.key));
  if (w.num) return /\p{L}/u.test(w.text) || (!first && shapeWord(v, k + 1, lx, false));
  if (!w.cap) return false;
  if (ARTICLES.has(w.lower)) return !w.initial && shapeWord(v, k + 1, lx, false);
  if (isFunctionWord(w) || lx.base.stopCapitalized.has(w.key) || lx.base.personPrefixes.has(w.key)) return false;
  // A common noun opening the sentence, or a weak head ("Zone", "Atelier"), starts a name only if one follows:
  // "Promotion Saguenay accorde…", "Atelier Mobilis (Sainte-Marie)".
  if (first && ((w.initial && isCommon(w, lx)) || lx.headRules.get(w.key) === 'weak')) {
    const next = v.words[k + 1];
    return (w.pos === 'NOUN' || lx.headRules.get(w.key) === 'weak') && next !== undefined && next.cap && !ARTICLES.has(next.lower) && shapeWord(v, k + 1, lx, false);
  }
  return true;
}

/** End (exclusive) of the name-shaped run starting at k, with a trailing legal suffix ("inc.", "ltée"). */
export function runEnd(v: View, k: number, lx: EntityLexicons, max = 6, continued = false): number {
  let j = k;
  while (j < v.words.length && j - k < max) {
    if (shapeWord(v, j, lx, j === k && !continued)) j++;
    // "Meubles Rivard & Fils", "Lavigne & Associés": an ampersand joins two name words.
    else if (j > k && v.words[j]!.text === '&' && shapeWord(v, j + 1, lx, false)) j += 2;
    else break;
  }
  if (j > k) {
    const suffix = match(v, j, lx.base.orgTails, 3);
    if (suffix && suffix.value === 'suffix') j += suffix.len;
  }
  return j;
}

/** Start of the name-shaped run ending just before `to` (`to` itself if none). */
export function runStart(v: View, to: number, lx: EntityLexicons, max = 6): number {
  let i = to;
  if (i > 0 && lx.base.orgTails.get(v.words[i - 1]!.key) === 'suffix') i--;
  while (i > 0 && to - i < max && shapeWord(v, i - 1, lx, false)) i--;
  while (i < to && !shapeWord(v, i, lx, true)) i++;
  return i;
}
