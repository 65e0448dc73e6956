/**
 * Folding that remembers where each folded character came from, so a rule can match on
 * "cede ses activites a" and still quote "cède ses activités à" from the article.
 */
export interface Folded {
  text: string;
  /** `map[i]` is the offset in the source text of folded character `i`. */
  map: number[];
}

const DASHES = /[‐‑‒–—―−]/;
const QUOTES = /[’‘ʼ`´]/;
const SPACES = /[\s\u00a0\u202f\u2009\u200b\ufeff]/;

// Folding is pure and articles reuse few characters and words: remember the answers.
const charCache = new Map<string, string>();
const textCache = new Map<string, string>();
const TEXT_CACHE_MAX = 50_000;

/** One source character, folded: lower case, no accents, one apostrophe, one dash, "œ" → "oe". */
export function foldChar(c: string): string {
  let f = charCache.get(c);
  if (f === undefined) charCache.set(c, (f = foldOne(c)));
  return f;
}

function foldOne(c: string): string {
  if (SPACES.test(c)) return ' ';
  if (DASHES.test(c)) return '-';
  if (QUOTES.test(c)) return "'";
  if (c === 'œ' || c === 'Œ') return 'oe';
  if (c === 'æ' || c === 'Æ') return 'ae';
  if (c.charCodeAt(0) < 128) return c.toLowerCase();
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Appends `source[from, to)` folded to `out`, collapsing runs of spaces. */
export function appendFolded(out: Folded, source: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const f = foldChar(source[i]!);
    if (f === ' ' && (out.text.endsWith(' ') || out.text === '')) continue;
    for (const ch of f) {
      out.text += ch;
      out.map.push(i);
    }
  }
}

/** The whole string folded, for comparing words and phrases. */
export function foldText(s: string): string {
  const known = textCache.get(s);
  if (known !== undefined) return known;
  const out: Folded = { text: '', map: [] };
  appendFolded(out, s, 0, s.length);
  if (textCache.size >= TEXT_CACHE_MAX) textCache.clear();
  textCache.set(s, out.text.trim());
  return out.text.trim();
}
