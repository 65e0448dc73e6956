/**
 * Organizations known by where they stand in the sentence:
 * "Pixelmare (Gaspé)" and list items "- Medisonic (Saint-Laurent)" (an event with a year: "Techvalia (Lyon, 2015)");
 * "Julie Cormier de L'Anse Rêv'art"; "président de Nordika Data", "managing partner at Boréalis Ventures";
 * "Lexigraph's chief executive officer", "OCTC director Nadia Benali"; "Ludoscope, de Sherbrooke".
 */

import { TIER, type Candidate } from '../candidate.js';
import { isPlace } from '../extend.js';
import type { EntityLexicons } from '../lexicon.js';
import { nameAfter, nameBefore } from '../bounds.js';
import { runStart } from '../runs.js';
import type { View } from '../words.js';
import { firstNameAt } from './persons.js';
import { match } from '../lookup.js';

const CLAUSE_OPENERS = new Set(['et', 'and', 'puis', 'mais', 'ensuite', 'alors', 'donc', 'then', 'but', 'while', 'so']);
const OF = new Set(['de', 'du', "d'", 'des', 'chez', 'au', 'à', 'of', 'at', 'with', 'from']);

export function contextNames(v: View, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate[] {
  const out: Candidate[] = [];
  const add = (c: Candidate | null) => { if (c) out.push(c); };
  for (let k = 1; k < v.words.length; k++) {
    const w = v.words[k]!;
    if (w.text === '(') add(parenPlace(v, k, lx, lang));
    else if (w.text === ',') add(placeOf(v, k, lx, lang));
    const title = w.cap && !w.initial ? null : match(v, k, lx.base.titles, 6);
    if (title) {
      add(titleOf(v, k + title.len, lx, lang));
      if (lang === 'en') add(titleBefore(v, k, lx));
    }
  }
  for (let k = 0; k < v.words.length; k++) {
    const len = firstNameAt(v, k, lx);
    if (len) add(personOf(v, k + len, lx, lang));
    const w = v.words[k]!;
    if ((w.cap || w.upper || w.camel) && !v.words[k - 1]?.cap) add(businessName(v, k, lx, lang));
  }
  return out;
}

/** Keys of the 1–4 words before k and after j, for the org-context phrases. */
function phraseEnding(v: View, k: number, set: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 4 && k - n >= 0; n++) {
    const key = v.words.slice(k - n, k).map((w) => w.key).join(' ').replace(/' /g, "'");
    if (set.has(key)) return true;
  }
  return false;
}
function phraseStarting(v: View, j: number, set: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 4 && j + n <= v.words.length; n++) {
    const key = v.words.slice(j, j + n).map((w) => w.key).join(' ').replace(/' /g, "'");
    if (set.has(key)) return true;
  }
  return false;
}

/**
 * A lone name in a business context: "chez Ubisoft", "a acquis Datacime", "Solvéo a acquis …".
 * Not a person (a known first name), a place, a common word or a title: those have their own rules.
 */
function businessName(v: View, i: number, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  const j = nameAfter(v, i, lx, lang);
  if (j <= i || j - i > 4 || !orgLike(v, i, j, lx) || isPlace(v, i, lx)) return null;
  const first = v.words[i]!;
  if (j - i === 1 && (first.pos !== undefined || lx.commonEn.has(first.key) || lx.base.stopCapitalized.has(first.key) || lx.base.titles.has(first.key))) return null;
  const before = phraseEnding(v, i, lx.orgContexts.before);
  const opensClause = i === 0 || [',', ';', ':', '«', '"', '–', '-'].includes(v.words[i - 1]!.text) || CLAUSE_OPENERS.has(v.words[i - 1]!.lower);
  const after = opensClause && phraseStarting(v, j, lx.orgContexts.after);
  if (!before && !after) return null;
  return { s: v.s, i, j, type: 'ORG', rule: 'business-context', tier: TIER.context, guess: true };
}

/** A name run [i, j) that is not only a place, and not a lone capitalized common noun ("l'Économie"). */
function orgLike(v: View, i: number, j: number, lx: EntityLexicons): boolean {
  if (j <= i) return false;
  const place = isPlace(v, i, lx) ? match(v, i, lx.base.places)!.len : 0;
  if (place >= j - i) return false;
  if (j - i === 1 && v.words[i]!.pos === 'NOUN' && !v.words[i]!.upper) return false;
  return firstNameAt(v, i, lx) === 0 || j - i > 3;
}

/** Does a place end just before k? ("les MRC de Kamouraska, de Rivière-du-Loup": a list of places.) */
function endsWithPlace(v: View, k: number, lx: EntityLexicons): boolean {
  for (let i = Math.max(0, k - 4); i < k; i++) {
    const m = v.words[i]!.cap ? match(v, i, lx.base.places) : null;
    if (m && i + m.len === k) return true;
  }
  return false;
}

/** "Name (Place)" → ORG; "Name (Place, 2012)" → EVENT. */
function parenPlace(v: View, k: number, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  const place = isPlace(v, k + 1, lx) ? match(v, k + 1, lx.base.places)!.len : 0;
  if (!place) return null;
  let m = k + 1 + place;
  const year = v.words[m]?.text === ',' && /^(19|20)\d\d$/.test(v.words[m + 1]?.text ?? '');
  if (year) m += 2;
  if (v.words[m]?.text !== ')') return null;
  const i = nameBefore(v, k, lx, lang);
  if (!orgLike(v, i, k, lx)) return null;
  return { s: v.s, i, j: k, type: year ? 'EVENT' : 'ORG', rule: 'paren-place', tier: TIER.context };
}

/** "Ludoscope, de Sherbrooke" / "Paramétrik Solutions, de Trois-Rivières". */
function placeOf(v: View, k: number, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  if (!['de', "d'"].includes(v.words[k + 1]?.lower ?? '') || !isPlace(v, k + 2, lx)) return null;
  if (endsWithPlace(v, k, lx)) return null;
  const i = nameBefore(v, k, lx, lang);
  if (!orgLike(v, i, k, lx)) return null;
  return { s: v.s, i, j: k, type: 'ORG', rule: 'place-of', tier: TIER.context };
}

/** "président de Nordika Data", "vice-présidente aux régions d'Investissement Québec", "partner at X". */
function titleOf(v: View, k: number, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  for (let t = k; t < k + 5 && t < v.words.length; t++) {
    const w = v.words[t]!;
    if (w.cap || w.punct) return null;
    if (!OF.has(w.lower)) continue;
    let n = t + 1;
    if (['la', "l'", 'le', 'the'].includes(v.words[n]?.lower ?? '')) n++;
    const j = nameAfter(v, n, lx, lang);
    if (orgLike(v, n, j, lx)) return { s: v.s, i: n, j, type: 'ORG', rule: 'title-of', tier: TIER.context };
  }
  return null;
}

/** English: "Lexigraph's chief executive officer", "RES president and CEO X", "OCTC director X". */
function titleBefore(v: View, k: number, lx: EntityLexicons): Candidate | null {
  const end = v.words[k - 1]?.lower === "'s" ? k - 1 : k;
  const i = runStart(v, end, lx, 4);
  if (!orgLike(v, i, end, lx)) return null;
  return { s: v.s, i, j: end, type: 'ORG', rule: 'title-of', tier: TIER.context };
}

/** "Julie Cormier de L'Anse Rêv'art", "Chantal Boudreau, de NORDEXPORT": a person's organization. */
function personOf(v: View, k: number, lx: EntityLexicons, lang: 'fr' | 'en'): Candidate | null {
  let t = k;
  while (v.words[t]?.cap && t < k + 2) t++;
  if (t === k) return null;
  if (v.words[t]?.text === ',') t++;
  if (!['de', "d'"].includes(v.words[t]?.lower ?? '')) return null;
  const j = nameAfter(v, t + 1, lx, lang);
  const after = v.words[j];
  if (after && ![',', '(', '.', ')', ';'].includes(after.text) && !['et', 'and'].includes(after.lower)) return null;
  if (!orgLike(v, t + 1, j, lx)) return null;
  return { s: v.s, i: t + 1, j, type: 'ORG', rule: 'person-of', tier: TIER.context };
}
