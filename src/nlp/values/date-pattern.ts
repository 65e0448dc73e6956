import { YEAR_PREPOSITIONS, YEAR_PREPOSITIONS_WEAK, YEAR_QUALIFIERS, RELATIVE_DATES } from './lexicon.js';
import { MONTH, WEEKDAY } from './calendar.js';
import { SPACE, phrases } from './pattern.js';
import { QUANTITY } from './number.js';

/**
 * The one RegExp of the date finder; each alternative has its own named groups, tried in this
 * order at each position (longest forms first).
 */
const S = `${SPACE}*`;
const S1 = `${SPACE}+`;
const day = (g: string) => `(?<![\\p{L}\\p{N}.,/])(?<${g}>premier|[12]\\d|3[01]|0?[1-9])(?:er|re|st|nd|rd|th)?(?![\\p{L}\\p{N}])`;
const dayThen = (g: string) => `(?<![\\p{L}\\p{N}.,/])(?<${g}>premier|[12]\\d|3[01]|0?[1-9])(?:er|re)?(?!\\p{N})`;
const month = (g: string) => `(?<${g}>${MONTH})`;
const year = (g: string) => `(?<${g}>(?:19|20)\\d\\d)(?!\\p{N}|[.,]\\d)`;
const TO = `${S}(?:au|à|-|–|to|through)${S}(?:le${S1})?`;
// "les 5 et 6 mai" — but "1er mai 2021 et 8 octobre 2013" is two dates, so no month before "et".
const AND = `${S1}(?:et|and)${S1}(?:le${S1})?`;
// "mi-2014" and "début d'2014" touch the year; "début 2014" has a space.
const QUALIFIERS_GLUED = YEAR_QUALIFIERS.filter((q) => q.endsWith("'") || q.endsWith('-'));
const QUALIFIERS_SPACED = YEAR_QUALIFIERS.filter((q) => !QUALIFIERS_GLUED.includes(q));

const ALTERNATIVES = [
  // Day first: "du 5 au 12 octobre 2013", "du 28 septembre au 2 octobre 2015", "les 5 et 6 mai";
  // else "20 avril 2022", "1er mai", "8 Octobre 2013".
  `${dayThen('d1')}(?:(?:(?:${S1}${month('m1')})?(?:${S1}${year('y1')})?${TO}|${AND})${dayThen('d2')}${S1}${month('m2')}(?:,?${S1}${year('y2')})?` +
    `|${S1}${month('dm')}(?:,?${S1}${year('dy')})?)`,
  // Month first: "October 5-12, 2013"; "May 3, 2021", "March 3"; "novembre 2012", "mai de 2021".
  `${month('m')}${S1}(?:${day('bd1')}${TO}${day('bd2')}(?:,?${S1}${year('by')})?` +
    `|${day('ed')}(?:,?${S1}${year('ey')})?|(?:(?:de|of)${S1})?${year('fy')})`,
  // "07/11/2013" (day first in French), "2013-11-07"
  `(?<![\\p{N}/.])(?<cd>\\d{1,2})(?<cs>[/.])(?<cm>\\d{1,2})\\k<cs>(?<cy>(?:19|20)\\d\\d)(?!\\p{N})`,
  `(?<![\\p{N}\\-])(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)(?!\\p{N})`,
  // "début de 2014", "en début d'année 2014", "early 2014", "mi-2014"
  `(?<![\\p{L}])(?<gq>(?:${phrases(QUALIFIERS_GLUED)})${S}|(?:${phrases(QUALIFIERS_SPACED)})${S1})${year('gy')}`,
  // "l'an prochain", "la semaine dernière", "hier", "next year"
  `(?<![\\p{L}])(?<rel>${phrases(Object.keys(RELATIVE_DATES))})(?![\\p{L}])`,
  // "il y a cinq ans", "ten years ago": a year, counted back from the article's date
  `(?:il${S1}y${S1}a${S1}(?<ya1>${QUANTITY})${S1}ans|(?<ya2>${QUANTITY})${S1}years${S1}ago)(?![\\p{L}])`,
  // "last Tuesday", "mardi dernier", "mardi" (not "mardi 5 mai")
  `(?<![\\p{L}])(?:(?<wq1>last|next|on)${S1})?(?<wd>${WEEKDAY})(?:${S1}(?<wq2>dernier|prochain)(?![\\p{L}]))?(?!${S}\\d)`,
  // "fondée en 1969", "depuis 2015"; "de 2013 à 2015" (checked: not "de 2000 employés").
  // The lookahead first: a lookbehind at every position of the text is slow.
  `(?=[12]\\d{3})(?:(?<=(?<![\\p{L}])(?:${phrases(YEAR_PREPOSITIONS)})${S1})${year('hy')}` +
    `|(?<=(?<![\\p{L}])(?:${phrases(YEAR_PREPOSITIONS_WEAK)})${S1})${year('wy')})`,
];

// Every date starts a word: testing that first skips most positions of the text at once.
export const DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.join('|')})`, 'giu');
