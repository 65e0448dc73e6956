/**
 * Comparison keys for names, as the facts-format spec folds them: lower case, no accents, no leading
 * article or title, punctuation as spaces ("L’Alliance écologique" ~ "Alliance ecologique").
 */
const LEADING = /^(?:(?:le|la|les|the)\s+|l'\s*)/;
const TITLE = /^(?:m|mme|mlle|dr|dre|me|mr|mrs|ms|pr)\s+/;
const FUNCTION = new Set([
  'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'pour', 'en', 'sur', 'a', 'au', 'aux',
  'the', 'of', 'for', 'and', 'in', 'on', 's',
]);

export function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’‘`ʼ]/g, "'").replace(LEADING, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(TITLE, '');
}

/** The content words of a name: folded, without function words and bare numbers. */
export function contentWords(s: string): string[] {
  return foldKey(s).split(' ').filter((w) => w && !FUNCTION.has(w) && !/^\d+$/.test(w));
}

/**
 * Are the words of `small` all in `big`, in the same order, and `big` larger? Order matters:
 * "Lanaudière Numérique" is another body than "Connexion numérique Laurentides-Lanaudière".
 */
export function strictSubset(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0 || small.length >= big.length) return false;
  let at = 0;
  for (const w of small) {
    at = big.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
