import { MONTHS, WEEKDAYS } from './lexicon.js';
import { alternation } from './pattern.js';

/** Month and weekday patterns and look-ups, shared by the date and count finders. */

/** "é" → "e", "û" → "u": month names match with or without accents ("fevrier", "aout"). */
export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function accentFree(source: string): string {
  return source.replace(/e/g, '[eéè]').replace(/u/g, '[uû]');
}

/** Any month name or abbreviation, case- and accent-insensitive, as a whole word. */
export const MONTH = `(?:${accentFree(alternation(Object.keys(MONTHS)))})(?![\\p{L}])`;

/** Any weekday name, as a whole word. */
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})(?![\\p{L}])`;

export function monthNumber(name: string): number {
  return MONTHS[stripAccents(name).replace(/\s+/g, '')] ?? 0;
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS[stripAccents(name)] ?? -1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
