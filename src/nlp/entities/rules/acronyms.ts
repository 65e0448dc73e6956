/**
 * Acronym definitions: "Long Form (ACR)", "Long Form, (A.B.C.)", and "Long Form X (ACR X)"
 * ("Innovation et Développement économique Trois-Rivières (IDÉ Trois-Rivières)").
 * The long form is the name, the acronym a linked mention. A long form in lower case is a name only
 * when it opens on a head word ("stratégie de croissance numérique (SCN)" → PROGRAM);
 * otherwise ("technologies de l'information et des communications (TIC)") the acronym is a common word.
 */
import type { EntityType } from '../../../extract/model.js';
import { matchLongest } from '../../lexicons.js';
import { TIER, type Candidate } from '../candidate.js';
import { letterKey, longFormStart } from '../initials.js';
import type { EntityLexicons } from '../lexicon.js';
import type { View } from '../words.js';
import { findHead } from './head-names.js';

export interface Definitions {
  candidates: Candidate[];
  /** Letter keys of acronyms the text defines with common words. */
  common: string[];
}

const BARRIER = new Set(['(', ')', '«', '»', '“', '”', '"', ';', ':', '.', '!', '?', '–', '—']);

export function acronymDefinitions(v: View, lx: EntityLexicons): Definitions {
  const out: Definitions = { candidates: [], common: [] };
  for (let k = 1; k < v.words.length - 2; k++) {
    if (v.words[k]!.text !== '(' || !v.words[k + 1]!.upper) continue;
    let close = k + 2;
    while (close < v.words.length && close < k + 6 && v.words[close]!.text !== ')') close++;
    if (v.words[close]?.text !== ')') continue;
    define(v, k, close, lx, out);
  }
  return out;
}

function define(v: View, open: number, close: number, lx: EntityLexicons, out: Definitions): void {
  const letters = letterKey(v.words[open + 1]!.text);
  let end = v.words[open - 1]!.text === ',' ? open - 1 : open;
  const tail = v.words.slice(open + 2, close).map((w) => w.key);
  if (tail.length) {
    const before = v.words.slice(end - tail.length, end).map((w) => w.key);
    if (before.join(' ') !== tail.join(' ')) return;
    end -= tail.length;
  }
  const idx: number[] = [];
  for (let m = end - 1; m >= 0 && idx.length < letters.length + 5; m--) {
    const w = v.words[m]!;
    if (BARRIER.has(w.text)) break;
    if (!w.punct) idx.unshift(m);
  }
  const at = longFormStart(letters, idx.map((m) => v.words[m]!.text));
  if (at < 0) return;
  const start = idx[at]!;
  const first = v.words[start]!;
  const head = findHead(v, start, lx);
  if (!first.cap && !(head && (head.rule === 'lower' || head.rule === 'free'))) {
    out.common.push(letters);
    return;
  }
  const known = head?.type ?? tailType(v, end - 1, lx);
  const type = known ?? 'ORG';
  const guess = known === null;
  const long: Candidate = { s: v.s, i: start, j: end, type, rule: 'acronym-def', tier: TIER.definition, guess };
  const acr: Candidate = { s: v.s, i: open + 1, j: close, type, rule: 'acronym', tier: TIER.definition, link: long, guess };
  out.candidates.push(long, acr);
}

function tailType(v: View, k: number, lx: EntityLexicons): EntityType | null {
  const b = lx.base;
  const w = [v.texts[k]!];
  if (matchLongest(w, 0, b.eventTails)) return 'EVENT';
  if (matchLongest(w, 0, b.programTails)) return 'PROGRAM';
  if (matchLongest(w, 0, b.orgTails)) return 'ORG';
  return null;
}
