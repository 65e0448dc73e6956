// Numbers, money and dates in the reader's language: « 2,5 M$ » in French, « $2.5M » in English.
type Lang = 'fr' | 'en';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

export function formatMoney(amount: number, currency: string | null | undefined, lang: Lang, compact = false): string {
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : 'CAD';
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency', currency: code, currencyDisplay: 'narrowSymbol',
    notation: compact ? 'compact' : 'standard', maximumFractionDigits: compact ? 1 : 0,
  }).format(amount);
}

const MONTHS: Record<Lang, Intl.DateTimeFormatOptions> = {
  fr: { year: 'numeric', month: 'long' },
  en: { year: 'numeric', month: 'long' },
};

/** An ISO date at its own precision: « 2013 », « octobre 2013 », « 5 octobre 2013 ». */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = d ? { ...MONTHS[lang], day: 'numeric' } : MONTHS[lang];
  return new Intl.DateTimeFormat(locale(lang), { ...opts, timeZone: 'UTC' }).format(date);
}
