import { CURRENCIES_AFTER, CURRENCIES_BEFORE, FUNDING_CUES, FUNDING_NOUNS, MULTIPLIERS } from './lexicon.js';
import { NUMERAL_BODY, QUANTITY, parseNumeral, parseQuantity } from './number.js';
import { SPACE, phrases } from './pattern.js';

/**
 * Amounts of money, French and English: "29 millions de dollars", "2 307 663 $", "3,5 M$",
 * "1,1 milliard de dollars", "$4.2 million", "US$3 million", "25 millions d'euros", "10 M€".
 * "$" alone is the default currency (CAD: Veille reads Canadian news). A scaled number with no
 * currency word ("25 millions de financement", "une ronde de 25 millions") is money only in a
 * funding context, and is flagged `implicit`.
 */
export interface Money {
  amount: number;
  currency: string;
  start: number;
  end: number;
  text: string;
  implicit?: boolean;
}

const S = `${SPACE}*`;
const S1 = `${SPACE}+`;
const END = '(?![\\p{L}\\p{N}])';
const LONG_SCALE = phrases(['mille', 'thousand', 'million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'trillion', 'mln']);
const SHORT_SCALE = 'MM|Md|bn|[kKMGB]';
const AFTER = phrases(Object.keys(CURRENCIES_AFTER));
const BEFORE = phrases(Object.keys(CURRENCIES_BEFORE));
const OF = `(?:${S1}de${S1}|${S1}d['’]${S})`;
const SIGN_AFTER = `\\$(?:${SPACE}?(?:US|CA|CAN)${END})?|€|£`;

const MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<pc>${BEFORE})${S}(?<pq>${NUMERAL_BODY})` +
    `(?:(?<pm>${SHORT_SCALE})${END}|(?:${S1}|-)(?<pl>${LONG_SCALE})${END})?` + // "$1.8-million loan"
    // one QUANTITY, then the three ways an amount can go on (tried in this order):
    // "29 millions de dollars" / "3,5 M$" / "25 millions" (implicit, checked below)
    `|(?<q>${QUANTITY})(?:(?:${S1}(?<sm>${LONG_SCALE})${END}${OF}?)?${S}(?<sc>${AFTER})${END}` +
    `|${S}(?<km>${SHORT_SCALE})${S}(?<kc>${SIGN_AFTER})` +
    `|${S1}(?<im>millions?|milliards?|billions?)${END})`,
  'giu',
);
const OF_NOUN = /^\s*(?:de\s+|d['’]\s*)(\p{L}+)/u;
const FUNDING_NOUN = new Set(FUNDING_NOUNS);

export function findMoney(text: string, opts: { defaultCurrency?: string } = {}): Money[] {
  const fallback = opts.defaultCurrency ?? 'CAD';
  const found: Money[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const scale = g.pm ?? g.pl ?? g.sm ?? g.km ?? g.im;
    const raw = g.pq ?? g.q;
    const amount = scaled(raw, scale);
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const implicit = g.im !== undefined;
    if (implicit && !fundingContext(text, start, end)) continue;
    const sign = g.pc ?? g.sc ?? g.kc;
    const table = g.pc !== undefined ? CURRENCIES_BEFORE : CURRENCIES_AFTER;
    const code = sign === undefined ? '$' : table[normalize(sign)] ?? '$';
    const money: Money = { amount, currency: code === '$' ? fallback : code, start, end, text: m[0] };
    if (implicit) money.implicit = true;
    found.push(money);
  }
  return found;
}

function scaled(raw: string, scale: string | undefined): number {
  const factor = scale === undefined ? 1 : MULTIPLIERS[scale.toLowerCase()] ?? NaN;
  const value = /\d/.test(raw) ? parseNumeral(raw, scale !== undefined) : parseQuantity(raw);
  return Math.round(value * factor * 100) / 100;
}

function normalize(sign: string): string {
  return sign.toLowerCase().replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
}

/** "25 millions de financement" yes, "2 millions de visiteurs" no, "ronde de 25 millions" yes. */
function fundingContext(text: string, start: number, end: number): boolean {
  const of = OF_NOUN.exec(text.slice(end, end + 40));
  if (of) return FUNDING_NOUN.has(of[1].toLowerCase());
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 60);
  const window = (before.slice(before.search(/[.!?\n][^.!?\n]*$/) + 1) + ' ' + after.split(/[.!?\n]/)[0]).toLowerCase();
  return FUNDING_CUES.some((cue) => window.includes(cue));
}
