/**
 * Persons: a known first name + capitalized surname ("Marie-Josée Gagnon", "Stéphane D'Amours");
 * a title prefix + name ("M. D'Astous", "Dre Sophie Turcotte": the mention is the name, without
 * the prefix, and joins the full person later); an unknown first name next to a job title or a
 * verb of saying ("directeur général, Luc Pelletier", "said Nadia Benali").
 */
import { lexKey, matchLongest } from '../../lexicons.js';
import { TIER, type Candidate } from '../candidate.js';
import { isPlace } from '../extend.js';
import type { EntityLexicons } from '../lexicon.js';
import { nameLike, type View } from '../words.js';
import { findHead } from './head-names.js';
import { match } from '../lookup.js';

export function persons(v: View, lx: EntityLexicons): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const c = firstNamePerson(v, i, lx) ?? prefixedPerson(v, i, lx) ?? titledPerson(v, i, lx);
    if (c) {
      out.push(c);
      i = c.j - 1;
    }
  }
  return out;
}

/** Length of a first name at i: a lexicon entry, or a hyphenated compound of entries ("Annie-Claude"). */
export function firstNameAt(v: View, i: number, lx: EntityLexicons): number {
  const w = v.words[i];
  if (!w?.cap || w.upper) return 0;
  const m = match(v, i, lx.base.firstNames, 2);
  if (m) return m.len;
  const parts = w.text.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => lx.base.firstNames.has(lexKey(p))) ? 1 : 0;
}

/** A word that can be (part of) a surname: capitalized, not an acronym, not a stop word or a head word. */
function surnameWord(v: View, k: number, lx: EntityLexicons): boolean {
  const w = v.words[k];
  if (!w || !w.cap || w.punct || w.num || (w.upper && w.text.length > 3)) return false;
  if (lx.base.stopCapitalized.has(w.key) || lx.base.personPrefixes.has(w.key)) return false;
  return !findHead(v, k, lx);
}

/** Surname words from k: one, or two when the second is no place ("Pierre Elliott Trudeau"). */
function surnameEnd(v: View, k: number, lx: EntityLexicons): number {
  if (!surnameWord(v, k, lx)) return k;
  if (surnameWord(v, k + 1, lx) && !isPlace(v, k + 1, lx) && !firstNameAt(v, k + 1, lx)) return k + 2;
  return k + 1;
}

function firstNamePerson(v: View, i: number, lx: EntityLexicons): Candidate | null {
  const len = firstNameAt(v, i, lx);
  if (!len) return null;
  const j = surnameEnd(v, i + len, lx);
  if (j === i + len) return null;
  return { s: v.s, i, j, type: 'PER', rule: 'first-name', tier: TIER.strong };
}

function prefixedPerson(v: View, i: number, lx: EntityLexicons): Candidate | null {
  const w = v.words[i]!;
  if (!w.cap || !lx.base.personPrefixes.has(w.key) || !v.words[i + 1]?.cap) return null;
  const len = firstNameAt(v, i + 1, lx);
  const j = surnameEnd(v, i + 1 + len, lx);
  if (j === i + 1 + len) return null;
  return { s: v.s, i: i + 1, j, type: 'PER', rule: 'title-prefix', tier: TIER.strong };
}

/** Two capitalized words beside a job title or a verb of saying, neither a place nor a head word. */
function titledPerson(v: View, i: number, lx: EntityLexicons): Candidate | null {
  const a = v.words[i]!;
  if (!nameLike(a, lx) || a.upper || isPlace(v, i, lx) || !surnameWord(v, i, lx)) return null;
  const j = i + 1;
  if (!surnameWord(v, j, lx) || isPlace(v, j, lx) || v.words[j]!.upper) return null;
  const after = v.words[j + 1];
  const closes = !after || [',', '.', '(', ')', '»', ';'].includes(after.text);
  if (closes && (titleBefore(v, i, lx) || titleAfter(v, j + 1, lx))) return { s: v.s, i, j: j + 1, type: 'PER', rule: 'title-context', tier: TIER.context };
  return null;
}

/** "directeur général, X Y", "OCTC director X Y", "said X Y", "explique X Y": a title or speech verb just before. */
function titleBefore(v: View, i: number, lx: EntityLexicons): boolean {
  let k = i - 1;
  if (v.words[k]?.text === ',') k--;
  for (let n = 1; n <= 4 && k - n + 1 >= 0; n++) {
    const words = v.texts.slice(k - n + 1, k + 1);
    if (matchLongest(words, 0, lx.base.titles)?.len === n || matchLongest(words, 0, lx.speechVerbs)?.len === n) return true;
  }
  return false;
}

/** "X Y, directeur général de …": a title right after the comma (an article may come first). */
function titleAfter(v: View, k: number, lx: EntityLexicons): boolean {
  if (v.words[k]?.text !== ',') return false;
  let t = k + 1;
  if (['le', 'la', "l'", 'the'].includes(v.words[t]?.lower ?? '')) t++;
  return match(v, t, lx.base.titles) !== null;
}
