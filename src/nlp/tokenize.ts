import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { ELISIONS } from './clitics.js';
import { pushWord } from './word-split.js';

/**
 * French-first tokenizer, UD French conventions (the tagger trains on Sequoia/GSD tokens).
 * Offsets are JavaScript string indices (UTF-16 code units): `text.slice(start, end) === token.text`.
 * One left-to-right scan; each token class is a sticky regex tried only where its first char fits.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’ʼ][\p{L}\p{M}\p{N}]+|–(?=\p{L})[\p{L}\p{M}\p{N}]+)*/uy;
// "2 307 663" (space, NBSP, NNBSP, thin space; groups of exactly 3), "54,6", "4.2", "1,250,000";
// dates, fractions and times stay whole as in UD French: "07/11/2013", "1/10", "09:47".
const NUMBER = /\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}){1,5}(?!\d|-\d)(?:[.,]\d+)?|\d+(?:[.,:/]\d+)*/y;
const ORDINAL_SUFFIX = /(?:ères|èmes|ère|ème|eme|ers|res|er|re|es|e|ndes|nde|nd|st|rd|th|ᵉʳ|ʳᵉ|ᵉ)(?![\p{L}\p{N}])/uy;
const MULTIPLIER_THEN_CURRENCY = /[MGkKB][$€]/y;
const PHONE = /(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .\u00A0-])\d{3}[ .\u00A0-]\d{4}(?!\d)/y;
const ACRONYM = /(?:\p{L}{1,2}\.-?){2,}/uy;
// Bounded repeats: tried at many word starts, these must stay linear on odd input ("abc.abc.abc…").
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const URL = /(?:https?:\/\/|www\.)[^\s<>«»"“”]+|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}(?:com|ca|org|net|quebec|gouv|fr|io|ai|co|info|tech|app|dev|us|uk|be|ch|eu|biz|tv|ly|me)(?![\p{L}\p{N}])(?:\/[^\s<>«»"“”]*)?/iuy;
const CURRENCY_AFTER_DOLLAR = /\$(?:US|CA|CAN|CDN)(?![\p{L}\p{N}])/uy;
const ALNUM = /[\p{L}\p{M}\p{N}]/u;
const PUNCT = new Set([...'.,;:!?…«»"“”„‘’\'‹›()[]{}–—‒―-‐‑/\\·•']);
const CURRENCY_PREFIXES = new Set(['M', 'G', 'k', 'K', 'MM', 'Md', 'B', 'US', 'CA', 'C', 'CAN', 'AU', 'A']);
const ABBREVIATION = new Set([...TITLE_ABBREVIATIONS, ...FINAL_ABBREVIATIONS]);
const ELISION = new Set(ELISIONS);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (isAlnum(c, text, i)) i = scanAlnum(text, i, out);
    else i = scanOther(text, i, out);
  }
  return out;
}

/** ASCII controls and spaces, NBSP, the U+2000 spaces (thin, zero-width…), NNBSP, BOM. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

function isAlnum(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return ALNUM.test(text[i]);
}

function stickyEnd(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind): number {
  out.push({ text: text.slice(start, end), start, end, kind });
  return end;
}

function scanAlnum(text: string, i: number, out: Token[]): number {
  const runEnd = stickyEnd(WORD, text, i);
  const next = text[runEnd];
  if (next === '.' || next === ':' || next === '@' || next === '_' || next === '+' || next === '/' || next === '-') {
    const special = scanUrlOrEmail(text, i, out);
    if (special > 0) return special;
  }
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    const end = scanNumber(text, i, runEnd, out);
    if (end > 0) return end;
  } else if (next === '.') {
    const end = scanAcronym(text, i, runEnd, out);
    if (end > 0) return end;
  }
  return scanWord(text, i, runEnd, out);
}

/** "A.C.L.Q.", "U.S.", "Ph.D.", "J.-F." as one token; "l'A.C.L.Q." → "l'" + acronym. */
function scanAcronym(text: string, i: number, runEnd: number, out: Token[]): number {
  const quote = text.slice(i, runEnd).search(/['’]/);
  const from = quote > 0 ? i + quote + 1 : i;
  if (text[from + 1] !== '.' && text[from + 2] !== '.') return -1;
  const end = stickyEnd(ACRONYM, text, from);
  if (end < runEnd) return -1;
  if (from > i) pushWord(text, i, from, out);
  return push(out, text, from, end, 'word');
}

function scanUrlOrEmail(text: string, i: number, out: Token[]): number {
  let end = stickyEnd(EMAIL, text, i);
  if (end > 0) return push(out, text, i, trimTrailing(text, i, end), 'email');
  end = stickyEnd(URL, text, i);
  if (end > 0) return push(out, text, i, trimTrailing(text, i, end), 'url');
  return -1;
}

/** Drops closing punctuation glued to a URL: "(voir veille.ca)." keeps "veille.ca". */
function trimTrailing(text: string, start: number, end: number): number {
  while (end > start + 1) {
    const last = text[end - 1];
    if (last === ')') {
      const body = text.slice(start, end);
      if (body.split('(').length >= body.split(')').length) break;
    } else if (!'.,;:!?»"”\'’-'.includes(last)) break;
    end--;
  }
  return end;
}

/** Numbers, phone numbers and ordinals ("7e", "1er"); returns -1 to let "5G", "14h30" be words. */
function scanNumber(text: string, i: number, runEnd: number, out: Token[]): number {
  const phone = stickyEnd(PHONE, text, i);
  if (phone > 0) return push(out, text, i, phone, 'number');
  const end = stickyEnd(NUMBER, text, i);
  if (!ALNUM.test(text[end] ?? ' ')) return push(out, text, i, end, 'number');
  if (end < runEnd && end === stickyEnd(/\d+/y, text, i)) {
    const ordinal = stickyEnd(ORDINAL_SUFFIX, text, end);
    if (ordinal > 0) return push(out, text, i, ordinal, 'number');
    if (stickyEnd(MULTIPLIER_THEN_CURRENCY, text, end) > 0) return push(out, text, i, end, 'number');
    return -1;
  }
  return push(out, text, i, end, 'number');
}

function scanWord(text: string, i: number, end: number, out: Token[]): number {
  const next = text[end];
  if ((next === '$' || next === '€') && CURRENCY_PREFIXES.has(text.slice(i, end))) {
    return push(out, text, i, end + 1, 'symbol');
  }
  if ((next === "'" || next === '’') && ELISION.has(text.slice(i, end).toLowerCase())) {
    return push(out, text, i, end + 1, 'word'); // "l' ADTQ": a typo'd space after the elision
  }
  pushWord(text, i, end, out);
  if (next === '.') {
    const last = out[out.length - 1];
    if (ABBREVIATION.has(last.text) || /^\p{Lu}$/u.test(last.text)) {
      last.text += '.';
      last.end++;
      return end + 1;
    }
  }
  return end;
}

function scanOther(text: string, i: number, out: Token[]): number {
  const c = text[i];
  if (c === '.') return push(out, text, i, text.startsWith('...', i) ? i + 3 : i + 1, 'punct');
  if (c === '!' || c === '?') {
    let end = i + 1;
    while (text[end] === '!' || text[end] === '?') end++;
    return push(out, text, i, end, 'punct');
  }
  if (c === '(' || c === '+') {
    const phone = stickyEnd(PHONE, text, i);
    if (phone > 0) return push(out, text, i, phone, 'number');
  }
  if (c === '$') {
    const end = stickyEnd(CURRENCY_AFTER_DOLLAR, text, i);
    if (end > 0) return push(out, text, i, end, 'symbol');
  }
  if (PUNCT.has(c)) return push(out, text, i, i + 1, 'punct');
  const code = text.charCodeAt(i);
  const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  return push(out, text, i, i + width, 'symbol');
}
