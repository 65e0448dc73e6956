import { NUMBER_WORDS, ORDINAL_STEMS, ORDINAL_WORDS } from './lexicon.js';
import { parseNumberWords } from './number.js';
import { alternation } from './pattern.js';
import { keepLongest } from './spans.js';

/**
 * Ordinals: "7e Salon" → 7, "1re", "1er", "2nd", "21st", "XIIe" → 12, "troisième" → 3,
 * "vingt-cinquième" → 25, "twenty-first" → 21.
 */
export interface Ordinal {
  value: number;
  start: number;
  end: number;
  text: string;
}

const DIGITS = '(?<d>\\d+)(?:ères|èmes|ère|ème|eme|ers|res|er|re|es|e|ndes|nde|nd|st|rd|th|ᵉʳ|ʳᵉ|ᵉ)';
// Case-sensitive: "Ce", "Le", "De" are not 100th, 50th, 500th; a lone letter may only be I, V, X.
const ROMAN = '(?<r>[IVX]|[IVXLCDM]{2,})(?:er|re|e|ème|ᵉʳ|ᵉ)';
const EN_TH: Record<string, string> = { twentie: 'twenty', thirtie: 'thirty', fortie: 'forty', fiftie: 'fifty', sixtie: 'sixty', seventie: 'seventy', eightie: 'eighty', ninetie: 'ninety' };
// Words are built from stems, never from any letters: "vingt-cinquième", "twenty-first", "fourth".
const PREFIX = `(?:(?:${alternation(Object.keys(NUMBER_WORDS))})-(?:et-|and-)?){0,4}`;
const STEM = `(?:${alternation(Object.keys(ORDINAL_STEMS))})i[èe]mes?|(?:${alternation([...Object.keys(NUMBER_WORDS), ...Object.keys(EN_TH)])})ths?`;
const WORD = `${PREFIX}(?:${STEM}|${alternation(Object.keys(ORDINAL_WORDS))})`;
const EDGE = ['(?<![\\p{L}\\p{N}])(?:', ')(?![\\p{L}\\p{N}])'];
const NUMERIC_ORDINAL = new RegExp(`${EDGE[0]}${DIGITS}|${ROMAN}${EDGE[1]}`, 'gu');
const WORD_ORDINAL = new RegExp(`${EDGE[0]}${WORD}${EDGE[1]}`, 'giu');
const VALID_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function findOrdinals(text: string): Ordinal[] {
  const found: Ordinal[] = [];
  for (const re of [NUMERIC_ORDINAL, WORD_ORDINAL]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const value = g.d ? Number(g.d) : g.r ? romanValue(g.r) : wordValue(m[0]);
      if (!Number.isFinite(value) || value <= 0) continue;
      found.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    }
  }
  return keepLongest(found);
}

function romanValue(roman: string): number {
  if (!VALID_ROMAN.test(roman)) return NaN;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]];
    total += v < (ROMAN_VALUES[roman[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}

/** "troisième" → 3, "vingt-et-unième" → 21, "twenty-first" → 21, "fourth" → 4. */
function wordValue(raw: string): number {
  const parts = raw.toLowerCase().replace(/s$/, '').split('-').filter((p) => p !== 'et' && p !== 'and');
  const last = parts.pop() ?? '';
  const lastValue = ORDINAL_WORDS[last] ?? stemValue(last);
  if (!Number.isFinite(lastValue)) return NaN;
  const prefix = parts.length ? parseNumberWords(parts.join(' ')) : 0;
  if (lastValue === 20 && prefix % 100 === 4) return prefix + 76; // quatre-vingtième
  return lastValue === 100 || lastValue === 1000 ? (prefix || 1) * lastValue : prefix + lastValue;
}

function stemValue(word: string): number {
  const french = /^(.+?)i[èe]me$/.exec(word);
  if (french) return ORDINAL_STEMS[french[1]] ?? NaN;
  const english = /^(.+?)th$/.exec(word);
  if (!english) return NaN;
  return NUMBER_WORDS[EN_TH[english[1]] ?? english[1]] ?? NaN;
}
