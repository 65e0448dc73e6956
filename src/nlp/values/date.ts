import { NOT_COUNT_NOUNS, RELATIVE_DATES } from './lexicon.js';
import { daysInMonth, monthNumber, weekdayNumber } from './calendar.js';
import { DATE } from './date-pattern.js';
import { parseQuantity } from './number.js';
import { isoDay, parseRef, relativeDate, weekdayDate, type Ref } from './date-relative.js';

/**
 * Dates in French and English text. `iso` has the precision found: "2013" (year), "2013-11"
 * (month), "2013-11-07" (day). Spans leave out a leading "le", "du", "en": "fondée en 1969" →
 * "1969". Ranges ("du 5 au 12 octobre 2013") give `end_iso`. Dates that need the article's date
 * ("l'an prochain", "hier", "mardi", "20 avril" without a year) are resolved against `ref` and
 * omitted without it; weeks ("la semaine dernière") are the Monday–Sunday calendar week, day
 * precision, iso = Monday and end_iso = Sunday. A day and month without a year take ref's year.
 */
export interface DateValue {
  iso: string;
  start: number;
  end: number;
  text: string;
  end_iso?: string;
  precision: 'year' | 'month' | 'day';
}

type Groups = Record<string, string | undefined>;
type Resolved = Pick<DateValue, 'iso' | 'precision' | 'end_iso'> | null;

const FUNCTION_WORDS = new Set(NOT_COUNT_NOUNS);

export function findDates(text: string, opts: { ref?: string } = {}): DateValue[] {
  const ref = parseRef(opts.ref);
  const found: DateValue[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m.groups?.wy && !yearStandsAlone(text, end)) continue;
    const value = resolve(m.groups ?? {}, ref);
    if (value) found.push({ ...value, start, end, text: m[0] });
  }
  return found;
}

/** "de 2013 à 2015" is a date, "de 2000 employés" is not. */
function yearStandsAlone(text: string, end: number): boolean {
  const next = /^[ \u00A0\u202F\u2009]+(\p{Ll}[\p{L}'’]*)/u.exec(text.slice(end, end + 30));
  return !next || FUNCTION_WORDS.has(next[1]);
}

function resolve(g: Groups, ref: Ref | null): Resolved {
  if (g.d2) return range(g.d1 ?? '', g.m1 ?? g.m2, g.y1, g.d2, g.m2, g.y2, ref);
  if (g.bd1) return range(g.bd1, g.m, g.by, g.bd2 ?? '', g.m, g.by, ref);
  if (g.cd) return numeric(Number(g.cd), Number(g.cm), Number(g.cy));
  if (g.iy) return day(Number(g.iy), Number(g.im), Number(g.id));
  if (g.dm) return dayMonth(g.d1, g.dm, g.dy, ref);
  if (g.ed) return dayMonth(g.ed, g.m, g.ey, ref);
  if (g.fy) return { iso: `${g.fy}-${pad(monthNumber(g.m ?? ''))}`, precision: 'month' };
  const year = g.gy ?? g.hy ?? g.wy;
  if (year) return { iso: year, precision: 'year' };
  if (!ref) return null;
  if (g.rel) return relativeDate(RELATIVE_DATES[normalize(g.rel)], ref);
  const ago = g.ya1 ?? g.ya2;
  if (ago) {
    const years = parseQuantity(ago);
    return years > 0 && years < 200 ? { iso: String(ref.year - years), precision: 'year' } : null;
  }
  if (g.wd) return weekdayDate(weekdayNumber(g.wd), (g.wq1 ?? g.wq2 ?? '').toLowerCase(), ref);
  return null;
}

function range(d1: string, m1: string | undefined, y1: string | undefined, d2: string, m2: string | undefined, y2: string | undefined, ref: Ref | null): Resolved {
  const endYear = y2 ? Number(y2) : ref?.year;
  if (endYear === undefined) return null;
  const startMonth = monthNumber(m1 ?? '');
  const endMonth = monthNumber(m2 ?? '');
  // "du 28 décembre au 3 janvier 2015": the start is in the year before.
  const startYear = y1 ? Number(y1) : startMonth > endMonth ? endYear - 1 : endYear;
  const first = day(startYear, startMonth, dayNumber(d1));
  const last = day(endYear, endMonth, dayNumber(d2));
  if (!first || !last || last.iso < first.iso) return null;
  return { ...first, end_iso: last.iso };
}

function dayMonth(d: string | undefined, m: string | undefined, y: string | undefined, ref: Ref | null): Resolved {
  const year = y ? Number(y) : ref?.year;
  return year === undefined ? null : day(year, monthNumber(m ?? ''), dayNumber(d ?? ''));
}

/** "07/11/2013" is day first; "11/25/2013" can only be month first. */
function numeric(a: number, b: number, year: number): Resolved {
  return b > 12 && a <= 12 ? day(year, a, b) : day(year, b, a);
}

function day(year: number, month: number, dayOfMonth: number): Resolved {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  return { iso: isoDay(year, month, dayOfMonth), precision: 'day' };
}

function dayNumber(raw: string): number {
  return /^premier$/i.test(raw) ? 1 : Number(raw);
}

function normalize(phrase: string): string {
  return phrase.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

