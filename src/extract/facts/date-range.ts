import type { DateValue } from '../../nlp/values/index.js';

/**
 * A date and the end of its range, completing ranges the date finder leaves open:
 * "on May 12 and 13", "from June 2 to 6" give the first day only; the day after
 * "and", "to", "et", "au" or "-" closes the range in the same month.
 */
export function withEnd(date: DateValue, after: string): { start: string; end?: string } {
  if (date.end_iso) return { start: date.iso, end: date.end_iso };
  const day = /^\s*(?:and|et|to|au|-|–)\s*(\d{1,2})(?![\d\p{L}])/u.exec(after)?.[1];
  if (!day || date.precision !== 'day' || Number(day) <= Number(date.iso.slice(8, 10))) return { start: date.iso };
  return { start: date.iso, end: `${date.iso.slice(0, 8)}${day.padStart(2, '0')}` };
}
