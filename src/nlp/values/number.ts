import { NUMBER_WORDS } from './lexicon.js';
import { SPACE, alternation } from './pattern.js';

/** Number patterns and parsers shared by the value finders. */

/**
 * A numeral: "2 307 663" (groups of exactly 3 digits), "1 250 000,50", "54,6", "4.2", "1,200".
 * Never glued to a letter, a digit or a hyphen: "COVID-19", "G7", "514 555-1234" (a phone) and
 * "07/11/2013" (a date) hold no numeral.
 */
export const NUMERAL_BODY =
  `(?:\\d{1,3}(?:${SPACE}\\d{3}){1,5}(?!\\d|[\\-.]\\d)(?:,\\d+)?|\\d+(?:[.,]\\d+)*)(?!\\p{N}|[.,\\-/]\\d)`;
export const NUMERAL = `(?<![\\p{L}\\p{N}.,\\-/])${NUMERAL_BODY}(?!\\p{L})`;

const ONE_WORD = `(?:${alternation(Object.keys(NUMBER_WORDS))})(?![\\p{L}])`;

/** Number words: "huit", "vingt-cinq", "deux cents", "trente et un", "twenty-one". */
export const NUMBER_WORD =
  `(?<![\\p{L}\\-])${ONE_WORD}(?:(?:-|${SPACE}+(?:et${SPACE}+(?=un|onze))?)${ONE_WORD}){0,6}`;

/** A numeral or number words, case-insensitive. */
export const QUANTITY = `(?:${NUMERAL}|${NUMBER_WORD})`;

/**
 * Value of a numeral. A single comma before exactly 3 digits is a thousands separator ("1,200
 * attendees") unless a scale word follows ("1,500 million" → 1.5); otherwise it is a decimal
 * comma ("54,6"). Several commas or dots are separators ("1,250,000", "1.250.000").
 */
export function parseNumeral(raw: string, scaled = false): number {
  let s = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  if (commas > 1 && dots <= 1) s = s.replace(/,/g, '');
  else if (dots > 1 && commas <= 1) s = s.replace(/\./g, '').replace(',', '.');
  else if (commas === 1 && dots === 1) s = s.indexOf(',') < s.indexOf('.') ? s.replace(',', '') : s.replace('.', '').replace(',', '.');
  else if (commas === 1) s = /,\d{3}$/.test(s) && !scaled ? s.replace(',', '') : s.replace(',', '.');
  return Number(s);
}

/** Value of number words: "quatre-vingt-dix" → 90, "deux cents" → 200, "trois mille" → 3000. */
export function parseNumberWords(raw: string): number {
  let total = 0;
  let group = 0;
  for (const word of raw.toLowerCase().split(/[-\s\u00A0\u202F\u2009]+/)) {
    if (word === 'et' || word === 'and') continue;
    const value = NUMBER_WORDS[word];
    if (value === undefined) return NaN;
    if (value === 100) group = (group || 1) * 100;
    else if (value === 1000) {
      total += (group || 1) * 1000;
      group = 0;
    } else if (value === 20 && group % 100 === 4) group += 76; // quatre-vingt(s)
    else group += value;
  }
  return total + group;
}

/** Value of a numeral or number words. */
export function parseQuantity(raw: string, scaled = false): number {
  return /\d/.test(raw) ? parseNumeral(raw, scaled) : parseNumberWords(raw);
}
