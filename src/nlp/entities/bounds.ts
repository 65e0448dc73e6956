/**
 * Where a name found by its context starts or ends. In French the name may hold lower-case words
 * and connectors ("Fabrique numérique de la Côte-Nord"); in English only name-shaped words.
 * A person in front is not part of it: "Julie Cormier de L'Anse Rêv'art (…)" → "L'Anse Rêv'art".
 */
import { contentWord, extendRight, trimEnd, type ExtendOpts } from './extend.js';
import type { EntityLexicons } from './lexicon.js';
import { firstNameAt } from './rules/persons.js';
import { runEnd, runStart } from './runs.js';
import type { View } from './words.js';

const INNER = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'pour', 'en', 'sur']);

/**
 * Start of a French name that ends just before `to`, found going left over name words, content words and
 * connectors, then forward to its first capital: "- Fabrique numérique de la Côte-Nord (Sept-Îles)".
 * The forward extension from that start must reach `to`, so the connectors are the name's own.
 */
export function frenchStart(v: View, to: number, lx: EntityLexicons): number {
  let i = to;
  while (i > 0) {
    const w = v.words[i - 1]!;
    if (w.punct || !(w.cap || w.upper || w.num || contentWord(w, lx) || INNER.has(w.lower))) break;
    i--;
  }
  for (; i < to; i++) {
    const w = v.words[i]!;
    if ((w.cap || w.upper) && !['la', "l'", 'le', 'les'].includes(w.lower) && extendRight(v, i + 1, FRENCH, lx) >= to) return i;
  }
  return to;
}

const FRENCH: ExtendOpts = { lower: true, gov: false, connectors: true };

/** End of a French name that starts at `from` (a capitalized word): "Fabrique numérique de la Côte-Nord". */
export function frenchEnd(v: View, from: number, lx: EntityLexicons): number {
  if (!v.words[from]?.cap && !v.words[from]?.upper) return from;
  return trimEnd(v, from, extendRight(v, from + 1, FRENCH, lx));
}

export function nameBefore(v: View, to: number, lx: EntityLexicons, lang: 'fr' | 'en'): number {
  let i = lang === 'fr' ? frenchStart(v, to, lx) : runStart(v, to, lx);
  const first = firstNameAt(v, i, lx);
  if (first && i + first < to) {
    let k = i + first;
    while (k < to && v.words[k]!.cap) k++;
    if (k < to && ['de', "d'"].includes(v.words[k]!.lower)) i = k + 1;
  }
  const article = v.words[i - 1];
  if (article && i < to && article.cap && !article.initial && ['la', "l'", 'le', 'les'].includes(article.lower)) i--;
  return i;
}

export function nameAfter(v: View, from: number, lx: EntityLexicons, lang: 'fr' | 'en'): number {
  const shape = runEnd(v, from, lx);
  if (lang !== 'fr' || shape === from) return shape;
  return Math.max(shape, frenchEnd(v, from, lx));
}
