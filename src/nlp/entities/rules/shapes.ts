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
import { match } from '../lookup.js';

const JOINS_EN = new Set(['of', 'for', "'s"]);
const ARTICLE = new Set(['la', "l'", 'le', 'les']);

export function shapeNames(v: View, lx: EntityLexicons, lang: 'fr' | 'en', common: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    // "Minister of Economic Development and Official Languages": a portfolio, not a name.
    const minister = lang === 'en' ? ministerAt(v, i, lx) : 0;
    if (minister) {
      i = portfolioEnd(v, i + minister, lx) - 1;
      continue;
    }
    if (!shapeWord(v, i, lx, true) || (i > 0 && shapeWord(v, i - 1, lx, false))) continue;
    if (ARTICLE.has(v.words[i]!.lower)) continue;
    let j = runEnd(v, i, lx);
    while (lang === 'en' && JOINS_EN.has(v.words[j]?.lower ?? '')) {
      const t = v.words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      // "Nuvola's President and Chief Executive Officer": a title ends the name.
      // … and so does a place ("Ericsson's Montréal office").
      if (titleAt(v, t, lx) || (v.words[t] && affixedEvent(v.words[t]!.text, lx)) || (v.words[j]?.lower === "'s" && match(v, t, lx.base.places))) break;
      const e = runEnd(v, t, lx);
      if (e === t) break;
      j = e;
    }
    while (j - i > 1 && lx.acronymStop.has(v.words[j - 1]!.key)) j--;
    // "Chief Executive Officer", "Vice-President": a capitalized title, not a name.
    if (titleAt(v, i, lx)) continue;
    // "Montreal AI Summit", "Atlantic Tech Week": a run that closes on an event word names an event.
    if (j - i >= 2) out.push({ s: v.s, i, j, type: endsOnEvent(v, i, j, lx) ? 'EVENT' : 'ORG', rule: 'capitals', tier: TIER.shape, guess: true });
    else if (single(v, i, lx, common)) {
      const event = affixedEvent(v.words[i]!.text, lx);
      out.push({ s: v.s, i, j: i + 1, type: event ? 'EVENT' : 'ORG', rule: event ? 'event-affix' : 'acronym-shape', tier: TIER.shape, guess: !event });
    }
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

/** Number of words of the title starting at word i ("Chief Executive Officer" → 3), or 0. */
function titleAt(v: View, i: number, lx: EntityLexicons): number {
  return match(v, i, lx.base.titles, 5)?.len ?? 0;
}

/** Words of a minister's title at word i ("Minister", "Minister of State"), or 0. */
function ministerAt(v: View, i: number, lx: EntityLexicons): number {
  // English ministers' titles all open on "Minister" ("Minister of State", "Minister responsible for").
  if (!v.words[i]!.cap || v.words[i]!.key !== 'minister') return 0;
  const m = match(v, i, lx.base.titles, 5);
  return m?.value === 'minister' ? m.len : 0;
}

/**
 * End of a minister's portfolio after the title: "of Economic Development and Official Languages",
 * "for Seniors"; "responsible for X" names an organization and is left alone.
 */
function portfolioEnd(v: View, j: number, lx: EntityLexicons): number {
  const lead = v.words[j]?.lower;
  if (lead !== 'of' && lead !== 'for') return j;
  let k = v.words[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  for (;;) {
    const e = runEnd(v, k, lx);
    if (e === k) return k;
    // "of Innovation, Science and Industry": a list of portfolio words.
    const sep = v.words[e]?.lower === 'and' || v.words[e]?.text === ',' ? e + (v.words[e + 1]?.lower === 'and' ? 2 : 1) : -1;
    if (sep < 0 || !v.words[sep]?.cap || titleAt(v, sep, lx)) return e;
    k = sep;
  }
}

/** "HackQC", "TechnoFest": a CamelCase word with an event head inside, at a case boundary. */
function affixedEvent(text: string, lx: EntityLexicons): boolean {
  const { prefix, suffix } = lx.base.eventAffixes;
  const pre = prefix.some((p) => text.length > p.length + 1 && text.startsWith(p) && /\p{Lu}/u.test(text[p.length]!));
  return pre || suffix.some((x) => text.length > x.length + 2 && text.endsWith(x) && /\p{Ll}/u.test(text[text.length - x.length - 1]!));
}
