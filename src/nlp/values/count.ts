import { ADDED_ADJECTIVES, ADDED_AFTER_NOUN, APPROX_MARKERS, MULTIPLIERS, NOT_COUNT_NOUNS, REFERENCE_WORDS, ROUND_COUNTS, SKIPPED_ADJECTIVES } from './lexicon.js';
import { MONTH } from './calendar.js';
import { QUANTITY, parseQuantity } from './number.js';
import { SPACE, alternation, phrases } from './pattern.js';
import { keepLongest } from './spans.js';

/**
 * Counts of things: "près de 600 membres" (600, approx), "une centaine d'entreprises" (100,
 * approx), "80 nouveaux membres" (80, added), "huit membres", "over 1,200 attendees".
 * The span runs from the approximation marker to the head noun when there is one.
 * A bare number counts only with a marker or a noun after it: "Article 12", "en 2013",
 * "25 %", "12 octobre", "29 millions de dollars" and phone numbers are not counts.
 */
export interface Count {
  value: number;
  approx: boolean;
  start: number;
  end: number;
  text: string;
  /** Head noun after the number, as written ("membres"), skipping adjectives ("nouveaux"). */
  noun?: string;
  /** Set when an adjective says the count is an increase: "80 nouveaux membres". */
  added?: boolean;
}

const S = `${SPACE}*`;
const S1 = `${SPACE}+`;
const ELIDED_MARKERS = APPROX_MARKERS.filter((m) => m.endsWith("'"));
const APPROX = `(?<![\\p{L}])(?:(?:${phrases(APPROX_MARKERS.filter((m) => !m.endsWith("'")))})${S1}|(?:${phrases(ELIDED_MARKERS)})${S})`;
const ROUND = `(?:une?|a)${S1}(?<round>${alternation(Object.keys(ROUND_COUNTS))})(?![\\p{L}])`;
const SCALE = `${S1}(?<scale>millions?|milliards?|million|billion|thousand)(?![\\p{L}])`;
const COUNT = new RegExp(`(?<![\\p{L}$€£])(?<ap>${APPROX})?(?:${ROUND}|(?<q>${QUANTITY})(?:${SCALE})?)`, 'giu');

const ADJECTIVES = alternation([...ADDED_ADJECTIVES, ...SKIPPED_ADJECTIVES]);
const NOUN = `(?:(?<adj>${ADJECTIVES})${S1})?(?<noun>\\p{L}[\\p{L}\\p{M}\\-]*(?:['’]\\p{L}+)?)`;
const PLAIN_NOUN = new RegExp(`^${S1}${NOUN}`, 'iu');
const OF_NOUN = new RegExp(`^(?:${S1}de${S1}|${S1}d['’]${S}|${S1})${NOUN}`, 'iu');
const NOT_AFTER = new RegExp(
  `^(?:${S}(?:%|pour${S}cent|p\\.${S}100|percent|per${S}cent)|${S}(?:[kMG]|Md|millions?|milliards?)?${S}(?:(?:de|d['’])${S})?(?:\\$|€|£|dollars?|euros?)|${S1}${MONTH})`,
  'iu',
);
const ADDED_AFTER = new RegExp(`^${S1}(?:${phrases(ADDED_AFTER_NOUN)})(?![\\p{L}])`, 'iu');
const ADDED = new Set(ADDED_ADJECTIVES);
const NOT_NOUN = new Set(NOT_COUNT_NOUNS);
const REFERENCE = new Set(REFERENCE_WORDS);
const PREVIOUS_WORD = /(\S+)\s*$/;
const MONTH_BEFORE = new RegExp(`${MONTH}${S}$`, 'iu');
const MONTH_WORD = new RegExp(`^${MONTH}`, 'iu');
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/i;

export function findCounts(text: string): Count[] {
  const found: Count[] = [];
  for (const m of text.matchAll(COUNT)) {
    const count = toCount(text, m);
    if (count) found.push(count);
  }
  return keepLongest(found); // a noun taken into a span may hold the start of the next match
}

function toCount(text: string, m: RegExpMatchArray): Count | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  let end = start + m[0].length;
  const rest = text.slice(end, end + 80);
  if (NOT_AFTER.test(rest) || !plausibleQuantity(g.q, g.scale)) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  if (MONTH_BEFORE.test(before) || REFERENCE.has(PREVIOUS_WORD.exec(before)?.[1].toLowerCase() ?? '')) return null;
  const approx = g.ap !== undefined || g.round !== undefined;
  const head = headNoun(rest, Boolean(g.round || g.scale));
  if (head.noun && g.q?.toLowerCase() === 'neuf' && !/[sx]$/i.test(head.noun)) return null; // "un local neuf"
  if (!head.noun && !approx && !head.added) return null;
  // A year, unless a common noun follows: "plus de 2000 membres", not "en 2022 Thème".
  if (/^(?:19|20)\d\d$/.test(g.q ?? '') && !/^\p{Ll}/u.test(head.noun ?? '')) return null;
  end += head.length;
  const after = head.noun ? ADDED_AFTER.exec(text.slice(end, end + 40)) : null;
  if (after) end += after[0].length;
  const value = g.round ? ROUND_COUNTS[g.round.toLowerCase()] : quantityValue(g.q, g.scale);
  const count: Count = { value, approx, start, end, text: text.slice(start, end) };
  if (head.noun) count.noun = head.noun;
  if (head.added || after) count.added = true;
  return count;
}

/** The head noun after a number, and whether an "added" adjective came first ("80 nouveaux membres"). */
function headNoun(rest: string, withOf: boolean): { noun?: string; added: boolean; length: number } {
  const match = (withOf ? OF_NOUN : PLAIN_NOUN).exec(rest);
  let adj = match?.groups?.adj;
  let noun = match?.groups?.noun;
  if (!match || noun === undefined) return { added: false, length: 0 };
  if (!adj && ADDED.has(noun.toLowerCase())) [adj, noun] = [noun, undefined]; // "en recruter 80 nouveaux."
  const added = adj !== undefined && ADDED.has(adj.toLowerCase());
  if (noun !== undefined && noun.length > 1 && !NOT_NOUN.has(noun.toLowerCase()) && !ELIDED.test(noun) && !MONTH_WORD.test(noun)) {
    return { noun, added, length: match[0].length };
  }
  return { added, length: added && adj ? match[0].indexOf(adj) + adj.length : 0 };
}

/** Counts are whole: "2,5" alone is not a count, "1,5 million de visiteurs" is; "un" alone is not. */
function plausibleQuantity(q: string | undefined, scale: string | undefined): boolean {
  if (q === undefined) return true;
  if (scale) return true;
  if (/^(?:un|une|one)$/i.test(q)) return false;
  const value = parseQuantity(q);
  return Number.isInteger(value) && value > 0;
}

function quantityValue(q: string, scale: string | undefined): number {
  const factor = scale ? MULTIPLIERS[scale.toLowerCase()] ?? 1 : 1;
  return Math.round(parseQuantity(q, scale !== undefined) * factor);
}
