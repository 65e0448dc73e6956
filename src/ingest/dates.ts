import { MONTHS, WEEKDAYS } from './month-names.js';

/**
 * "octobre" → "[Oo](?:ctobre|CTOBRE)": matches "octobre", "Octobre", "OCTOBRE" without the `i`
 * flag, which would make `\p{Lu}` in the place-name patterns match lower case too.
 */
export function caseless(word: string): string {
  const head = word[0]!;
  const tail = word.slice(1);
  return `[${head}${head.toUpperCase()}](?:${tail}|${tail.toUpperCase()})`;
}

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(caseless).join('|');
const WEEKDAY_ALT = WEEKDAYS.map(caseless).join('|');

/**
 * A written date, as a regex source with named groups (use with the `u` flag, no `i` needed):
 * "21 octobre 2013", "1er mai 2021", "lundi 3 mai 2021", "May 3, 2021", "3 May 2021",
 * "07/11/2013" (day first, the Québec and French habit), "2013-11-07".
 */
export const DATE_SOURCE =
  `(?:(?:${WEEKDAY_ALT})\\.?,?\\s+)?(?:` +
  `(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?<m1>${MONTH_ALT})\\.?,?\\s+(?<y1>\\d{4})` +
  `|(?<m2>${MONTH_ALT})\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})` +
  `|(?<d3>\\d{1,2})[/.-](?<m3>\\d{1,2})[/.-](?<y3>\\d{4})` +
  `|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2})` +
  `)(?![\\p{L}\\d])`;

/** Turns the named groups of a DATE_SOURCE match into "YYYY-MM-DD", or null if impossible. */
export function isoFromGroups(g: Record<string, string | undefined>): string | null {
  const day = g.d1 ?? g.d2 ?? g.d3 ?? g.d4;
  const monthWord = g.m1 ?? g.m2;
  const month = monthWord ? MONTHS[monthWord.toLowerCase()] : Number(g.m3 ?? g.m4);
  const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
  if (!day || !month || !year) return null;
  // "11/25/2013" cannot be day first: read it the American way rather than drop it.
  if (g.m3 && month > 12 && Number(day) <= 12) return isoDate(Number(year), Number(day), month);
  return isoDate(Number(year), month, Number(day));
}

/** "YYYY-MM-DD" if the date exists (no 31 avril), else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WRITTEN = new RegExp(`^\\s*(?:[Ll]e\\s+|[Oo]n\\s+)?${DATE_SOURCE}`, 'u');

/** A date written at the start of a string ("le 3 mai 2021 à 9 h", "May 3, 2021"), as ISO. */
export function parseWrittenDate(s: string): string | null {
  const m = WRITTEN.exec(s);
  return m?.groups ? isoFromGroups(m.groups) : null;
}

/**
 * A machine date from metadata, as ISO at the precision given. The calendar date is read as
 * written, not shifted to UTC: "Thu, 07 Nov 2013 23:30:00 -0500" is the 7th where it was published.
 */
export function parseMachineDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(t);
  if (iso) {
    const [, y, m, d] = iso;
    if (d) return isoDate(Number(y), Number(m), Number(d));
    if (m) return Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m}` : null;
    return y!;
  }
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})/i.exec(t); // RFC 822: pubDate
  if (rfc && MONTHS[rfc[2]!.toLowerCase()]) return isoDate(Number(rfc[3]), MONTHS[rfc[2]!.toLowerCase()]!, Number(rfc[1]));
  const written = parseWrittenDate(t);
  if (written) return written;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}
