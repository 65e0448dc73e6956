/**
 * How far a name goes. French names keep lower-case words and connectors
 * ("Association québécoise des entreprises vertes", "Conseil franco-québécois pour la recherche");
 * a connector is taken only when a name word follows it, and "et" + determiner + name is a
 * coordination of two entities ("l'Alliance X et la Y Association"), not one name.
 */

import { lexKey } from '../lexicons.js';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from '../values/lexicon.js';
import type { EntityLexicons } from './lexicon.js';
import { nameLike, type View, type Word } from './words.js';
import { match } from './lookup.js';

export interface ExtendOpts {
  /** Lower-case nouns and adjectives may continue the name (French names). */
  lower: boolean;
  /** A government body: "à"/"in" + place and comma lists continue it ("ministère de l'Économie, de l'Innovation et des Exportations"). */
  gov: boolean;
  /** Connectors may be taken (head-word names); shape-only names take none. */
  connectors: boolean;
  /** A university's unit ("Faculté de médecine"): "de l'Université X" after it names another body. */
  unit?: boolean;
}

const PARENT_OF_UNIT = new Set(['university', 'school']);

const LEADS = new Set(['de', 'du', 'des', "d'", 'pour', 'et', 'en', 'sur', 'of', 'for', 'and', 'on', 'à', 'au', 'aux', 'in']);
const FOLLOWERS = new Set(['de', 'la', "l'", 'le', 'les', 'du', 'des', "d'", 'the']);
const ARTICLES = new Set(['la', "l'", 'le', 'les', 'the', 'un', 'une', 'a', 'an']);
// "bureau du Québec à Tokyo", "ambassade du Canada au Mexique": a place after a body's place.
const LOCATIVE = new Set(['à', 'au', 'aux', 'in']);
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);
const AND = new Set(['et', 'and']);
const DASHES = new Set(['–', '—', '-']);
// Nouns and adjectives the POS lexicon does not know: "franco-québécois", "territorial", "quantique".
const NOUN_ADJ = /(?:iques?|aires?|elles?|els?|als?|ales?|aux|iens?|iennes?|ois|oises?|aines?|ifs?|ives?|tions?|sions?|tés?|eurs?|rices?|ences?|ances?|ismes?|istes?|ies?|ures?|ères?|iers?|oires?|ologies?|graphies?|[ae]ts?|ments?|ants?|antes?|entes?)$/;

const DEMONYM = /(?:ois|oise|oises|ien|ienne|iennes|iens|ais|aise|aises|ain|aine|aines|éen|éenne|éens)$/;

/** A lower-case word that can sit inside a French name. */
export function contentWord(w: Word, lx: EntityLexicons): boolean {
  // "trois" looks like a demonym ("-ois") but counts: "l'Université X et trois cliniques".
  if (w.cap || w.num || w.punct || lx.verbs.has(w.key) || w.key in NUMBER_WORDS) return false;
  if (w.pos === 'ADJ') return true;
  // Months and days are nouns but end a name ("Salon … de Lyon en juin"); demonyms go on ("Concours québécois");
  // other nouns go on even if they never open a name ("Chaire de recherche", "crédit d'impôt").
  const stop = lx.base.stopCapitalized.has(w.key);
  if (w.pos !== undefined) return w.pos === 'NOUN' && !(w.key in MONTHS || w.key in WEEKDAYS);
  if (lx.base.orgNameWords.has(w.key) && !LEADS.has(w.lower) && !FOLLOWERS.has(w.lower)) return true;
  if (stop) return DEMONYM.test(w.lower);
  return NOUN_ADJ.test(w.lower);
}

export function isPlace(v: View, k: number, lx: EntityLexicons): boolean {
  return v.words[k] !== undefined && v.words[k]!.cap && match(v, k, lx.base.places) !== null;
}

/** A capitalized common noun, as in "ministère des Finances et de l'Économie", "Economy and Innovation". */
export function nounish(w: Word, lx: EntityLexicons): boolean {
  const pos = lx.pos.get(w.lower);
  return pos === 'NOUN' || pos === 'ADJ' || (pos === undefined && NOUN_ADJ.test(w.lower));
}

/** French words that English does not have: a French name inside an English text ("Institut quantique"). */
export const FRENCH_WORD = /(?:ique|iques|aire|aires|é|ée|ées|és|elle|elles|ienne|iennes|oise|oises|aise|aises|ère|ères|eux|euse)$/;

/** A word that continues a name inside it: capitals, acronyms (even "TI"), CamelCase, "La" before a name. */
function nameWord(v: View, k: number, lx: EntityLexicons): boolean {
  const w = v.words[k];
  if (!w || w.punct) return false;
  if (w.upper || w.camel) return true;
  if (!w.cap) return false;
  if (ARTICLES.has(w.lower)) return v.words[k + 1]?.cap === true && !v.words[k + 1]!.punct;
  // A person inside a name stops it: "National Bank executives Daniel Roy".
  if (lx.base.firstNames.has(w.key) && v.words[k + 1]?.cap && !match(v, k + 1, lx.base.orgTails)) return false;
  return nameLike(w, lx) || !lx.base.stopCapitalized.has(w.key);
}

/** Index just past the name that words[from …] continues; `from` itself if nothing continues it. */
export function extendRight(v: View, from: number, opts: ExtendOpts, lx: EntityLexicons): number {
  const { words } = v;
  let k = from;
  let end = from;
  while (k < words.length) {
    const w = words[k]!;
    const step = stepAt(v, k, end, opts, lx);
    if (step > 0) {
      k += step;
      end = k;
      continue;
    }
    if (w.punct || !opts.connectors) break;
    const run = k === from && LEADS.has(v.words[k - 1]?.lower ?? '') ? articleRun(v, k) : connectorRun(v, k);
    if (run === 0 || !afterConnector(v, k, run, end, opts, lx)) break;
    k += run + 1;
    end = k;
  }
  return end;
}

/** Words taken at k without a connector: name words, numbers inside names, content words, dashes, (ACR) de la X, suffixes. */
function stepAt(v: View, k: number, end: number, opts: ExtendOpts, lx: EntityLexicons): number {
  const w = v.words[k]!;
  const next = v.words[k + 1];
  if (nameWord(v, k, lx)) return 1;
  if (w.num) return (next !== undefined && nameWord(v, k + 1, lx)) || w.text.includes('.') ? 1 : 0;
  // A word right before a determiner is a verb, not a name word: "Investissement Québec complète le montage".
  if (opts.lower && contentWord(w, lx) && !nounAfterName(v, k, lx) && !(DETERMINERS.has(next?.lower ?? '') && !v.words[k + 2]?.num)) return 1;
  const suffix = match(v, k, lx.base.orgTails, 3);
  if (suffix && suffix.value === 'suffix' && k === end) return suffix.len;
  if (DASHES.has(w.text) && spaced(v, k) && next && nameWord(v, k + 1, lx) && !AND.has(next.lower)) return 2;
  if (w.text === '(' && opts.connectors) return parenInside(v, k, lx);
  if (w.text === ',' && opts.gov) return commaList(v, k);
  return 0;
}

/**
 * A bare noun right after a capitalized word is rarely still the name, it is more often a verb the POS
 * lexicon reads as a noun: "L'Alliance compte 40 membres", "l'Université du Québec à Chicoutimi forme …"
 * (adjectives go on: "Alliance technologique", "Institut quantique").
 */
function nounAfterName(v: View, k: number, lx: EntityLexicons): boolean {
  const w = v.words[k]!, prev = v.words[k - 1];
  return w.pos === 'NOUN' && prev !== undefined && (prev.cap || prev.upper) && !lx.base.orgNameWords.has(w.key);
}

function spaced(v: View, k: number): boolean {
  const w = v.words[k]!, prev = v.words[k - 1], next = v.words[k + 1];
  return prev !== undefined && next !== undefined && prev.end < w.start && w.end < next.start;
}

/** "(TIC) de la Gaspésie": an acronym in parentheses stays inside when "de la" + a name follows. */
function parenInside(v: View, k: number, lx: EntityLexicons): number {
  const acr = v.words[k + 1], close = v.words[k + 2];
  if (!acr?.upper || close?.text !== ')') return 0;
  const run = connectorRun(v, k + 3);
  if (run === 0 || !['de', 'du', "d'"].includes(v.words[k + 3]!.lower)) return 0;
  return nameWord(v, k + 3 + run, lx) ? 3 : 0;
}

/** ", de l'Innovation et des Exportations" / ", Innovation and Exports": a comma list closed by "et". */
function commaList(v: View, k: number): number {
  let m = k;
  while (v.words[m]?.text === ',' || AND.has(v.words[m]?.lower ?? '')) {
    const closing = AND.has(v.words[m]!.lower);
    m++;
    while (FOLLOWERS.has(v.words[m]?.lower ?? '')) m++;
    if (!v.words[m]?.cap) return 0;
    while (v.words[m]?.cap) m++;
    if (closing) return m - k;
  }
  return 0;
}

/** Length of a connector run at k: "de", "de la", "et de l'", "pour la", "of the"; 0 if none. */
function connectorRun(v: View, k: number): number {
  const w = v.words[k];
  if (!w || w.cap || !LEADS.has(w.lower)) return 0;
  let n = 1;
  while (n < 3 && FOLLOWERS.has(v.words[k + n]?.lower ?? '') && !v.words[k + n]!.cap) n++;
  return n;
}

/** After a head that ends with a connector ("Ministry of", "Ville de"): "the", "la", "l'". */
function articleRun(v: View, k: number): number {
  let n = 0;
  while (n < 2 && FOLLOWERS.has(v.words[k + n]?.lower ?? '') && !v.words[k + n]!.cap) n++;
  return n;
}

/** May the name go on over the connector run [k, k+run)? Only if a name word follows, and not a coordination. */
function afterConnector(v: View, k: number, run: number, end: number, opts: ExtendOpts, lx: EntityLexicons): boolean {
  const lead = v.words[k]!.lower;
  const second = v.words[k + 1]!;
  const t = k + run;
  const next = v.words[t];
  if (!next || next.num || next.punct) return false;
  if (LOCATIVE.has(lead)) return (opts.gov || isPlace(v, end - 1, lx)) && isPlace(v, t, lx);
  if (AND.has(lead)) {
    if (run === 1 && next.cap && !opts.gov) return false;
    if (ARTICLES.has(second.lower) && run === 2) return false;
    if (next.cap && !next.upper && !nounish(next, lx)) return false;
    if (next.upper) return false;
    if (match(v, t, lx.base.orgHeads) || lx.base.firstNames.has(next.key)) return false;
    if (match(v, t, lx.base.titles)) return false;
  }
  if (opts.unit && next.cap && PARENT_OF_UNIT.has(match(v, t, lx.base.orgHeads)?.value ?? '')) return false;
  if (nameWord(v, t, lx) && !lx.base.firstNames.has(next.key)) return true;
  if (!opts.lower || next.cap) return false;
  // Another body's head in lower case starts another name: "programme ESSOR du ministère de …".
  const head = match(v, t, lx.base.orgHeads);
  if (head && lx.headRules.get(lexKey(v.texts.slice(t, t + head.len).join(' '))) === 'lower') return false;
  if (contentWord(next, lx)) return true;
  // An unknown word after an article is a noun ("des chambres"); after "de" too, unless an infinitive ("de quitter").
  const last = v.words[t - 1]!.lower;
  if (next.pos !== undefined || lx.verbs.has(next.key)) return false;
  return ['du', 'des', 'la', "l'", 'le', 'les'].includes(last) || (['de', "d'", 'en'].includes(last) && !/(?:er|ir|re|oir)$/.test(next.lower));
}

/** Index of the first word of a name that ends at `to` (exclusive), going left over name words only. */
export function extendLeft(v: View, to: number, lx: EntityLexicons): number {
  let k = to;
  while (k > 0) {
    const w = v.words[k - 1]!;
    // "Bishop's University", not "CED's Quebec Economic Development Program".
    if (w.lower === "'s" && k === to && k - 2 >= 0 && v.words[k - 2]!.cap && !v.words[k - 2]!.upper) { k--; continue; }
    if (!(w.cap || w.upper || w.camel) || !nameLike(w, lx) || lx.base.firstNames.has(w.key)) break;
    k--;
  }
  return k;
}

/** Drop trailing connectors, articles and punctuation: "Réseau des incubateurs pour" → "Réseau des incubateurs". */
export function trimEnd(v: View, i: number, j: number): number {
  while (j > i + 1) {
    const w = v.words[j - 1]!;
    if (w.punct || (!w.cap && (LEADS.has(w.lower) || FOLLOWERS.has(w.lower)))) j--;
    else break;
  }
  return j;
}
