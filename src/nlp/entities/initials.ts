/**
 * Schwartz–Hearst style matching of an acronym's letters to the words of a long form, backwards:
 * each word gives its initial or nothing (function words are usually skipped: "Université du Québec
 * à Rimouski" = UQAR), a hyphenated word may give the initial of each part ("franco-québécois" = FQ),
 * an all-caps word may give its first letters ("en TI de Québec" = TIQ), and the long form starts
 * on the word that gives the first letter. Nearest match first, so the long form is the shortest.
 */

/** A content word's first two or three letters ("mer" → "me", "Saguenay" → "sa", "sag"). */
const prefixes = (letters: string): string[] => (letters.length >= 3 ? [letters.slice(0, 2), ...(letters.length >= 4 ? [letters.slice(0, 3)] : [])] : []);

/** "A.C.L.Q." → "aclq", "ÉCQ" → "ecq". */
export function letterKey(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
}

const initial = (w: string) => letterKey(w).charAt(0);

/**
 * What one word can give, as letter strings (initial first); the empty string is always possible.
 * With `loose` (an acronym defined right there), a content word may also give its first two or
 * three letters: "Institut des sciences de la mer de Rimouski" = ISMER, "… du Saguenay" = …SAG.
 */
function gifts(word: string, loose: boolean): string[] {
  const letters = letterKey(word);
  if (letters.length >= 2 && /^[\p{Lu}.\-&]+$/u.test(word.normalize('NFC'))) {
    return Array.from({ length: letters.length }, (_, n) => letters.slice(0, letters.length - n));
  }
  const parts = word.split(/[-‐‑–]/).filter((p) => /\p{L}/u.test(p));
  if (parts.length < 2) {
    if (!initial(word)) return [];
    return loose && letters.length >= 3 ? [initial(word), ...prefixes(letters)] : [initial(word)];
  }
  const init = parts.map(initial);
  const out = new Set<string>();
  const walk = (at: number, acc: string) => {
    if (at === init.length) { out.add(acc); return; }
    walk(at + 1, acc + init[at]);
    walk(at + 1, acc);
  };
  walk(1, init[0]!);
  // "Saguenay–Lac-Saint-Jean" in RENSAG: the first part's first letters.
  if (loose) for (const p of prefixes(letterKey(parts[0]!))) walk(1, p);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Index (into `words`) of the first word of the shortest long form ending with words[words.length - 1]
 * whose words spell `letters`, or -1. `words` are the candidate words, punctuation already removed.
 * With `strict`, only short lower-case words may give nothing (for a form never defined in the text).
 */
export function longFormStart(letters: string, words: readonly string[], strict = false): number {
  const memo = new Map<number, number>();
  const go = (li: number, wi: number): number => {
    if (wi < 0) return -1;
    const key = li * 1000 + wi;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found = -1;
    for (const g of gifts(words[wi]!, !strict)) {
      if (g.length > li + 1 || letters.slice(li - g.length + 1, li + 1) !== g) continue;
      found = li - g.length < 0 ? wi : go(li - g.length, wi - 1);
      if (found >= 0) break;
    }
    if (found < 0 && (!strict || skippable(words[wi]!))) found = go(li, wi - 1);
    memo.set(key, found);
    return found;
  };
  return letters ? go(letters.length - 1, words.length - 1) : -1;
}

const skippable = (w: string) => w.length <= 3 && !/\p{Lu}/u.test(w);

/** Do all of `words` spell `letters`, every content word giving a letter? ("ETN" ~ "École de technologie numérique"). */
export function spells(letters: string, words: readonly string[]): boolean {
  return words.length > 0 && longFormStart(letters, words, true) === 0;
}
