/** Resolution of relative dates ("l'an prochain", "hier", "mardi dernier") against the article's date. */

export interface Ref {
  year: number;
  month?: number;
  day?: number;
}

type Resolved = { iso: string; precision: 'year' | 'month' | 'day'; end_iso?: string } | null;
const DAY_MS = 86_400_000;

/** "2013-11-07" → { year: 2013, month: 11, day: 7 }; "2013" → { year: 2013 }. */
export function parseRef(ref: string | undefined): Ref | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(ref ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO day `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function relativeDate(rule: readonly ['day' | 'week' | 'weekend' | 'month' | 'year', number] | undefined, ref: Ref): Resolved {
  if (!rule) return null;
  const [unit, offset] = rule;
  if (unit === 'year') return { iso: String(ref.year + offset), precision: 'year' };
  if (ref.month === undefined) return null;
  if (unit === 'month') {
    const index = ref.year * 12 + ref.month - 1 + offset;
    return { iso: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, precision: 'month' };
  }
  if (ref.day === undefined) return null;
  const today = isoDay(ref.year, ref.month, ref.day);
  if (unit === 'day') return { iso: addDays(today, offset), precision: 'day' };
  const monday = addDays(today, -((weekday(today) + 6) % 7) + 7 * offset);
  if (unit === 'weekend') return { iso: addDays(monday, 5), precision: 'day', end_iso: addDays(monday, 6) };
  return { iso: monday, precision: 'day', end_iso: addDays(monday, 6) };
}

/**
 * "mardi" / "on Tuesday" → the latest Tuesday on or before ref (news reports the past);
 * "mardi dernier" / "last Tuesday" → strictly before; "mardi prochain" / "next Tuesday" → after.
 */
export function weekdayDate(target: number, qualifier: string, ref: Ref): Resolved {
  if (target < 0 || ref.month === undefined || ref.day === undefined) return null;
  const today = isoDay(ref.year, ref.month, ref.day);
  const now = weekday(today);
  if (qualifier === 'prochain' || qualifier === 'next') {
    return { iso: addDays(today, (target - now + 7) % 7 || 7), precision: 'day' };
  }
  const back = (now - target + 7) % 7;
  const strict = qualifier === 'dernier' || qualifier === 'last';
  return { iso: addDays(today, -(back === 0 && strict ? 7 : back)), precision: 'day' };
}

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
