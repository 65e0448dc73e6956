/**
 * A light French stemmer for full-text search: it removes inflection (plural, feminine), not
 * derivation, so « financées », « financé » and « finance » meet, while « financement » stays apart.
 * Applied alike to the indexed text and to queries; SQLite's unicode61 tokenizer then handles
 * case and accents. English words mostly only lose a plural « s ». The index stores stems: changing
 * this stemmer needs a migration that re-indexes every document (see migration-search.ts).
 */
const FEMININE: [string, string][] = [
  ['euse', 'eur'], // investisseuse → investisseur
  ['trice', 'teur'], // directrice → directeur
  ['ive', 'if'], // innovative → innovatif
  ['enne', 'en'], // canadienne → canadien
  ['elle', 'el'], // culturelle → culturel
  ['ette', 'et'],
  ['ere', 'er'], // première → premier
];

export function stemWord(word: string): string {
  let w = fold(word);
  if (w.length < 4 || /\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`; // nationaux → national
  else if (/[sx]$/.test(w)) w = w.slice(0, -1);
  for (const [from, to] of FEMININE) {
    if (w.length > from.length + 2 && w.endsWith(from)) {
      w = w.slice(0, -from.length) + to;
      break;
    }
  }
  for (let i = 0; i < 2 && w.length > 4 && w.endsWith('e'); i++) w = w.slice(0, -1);
  // « québécoise » → québécois → québécoi, like « québécois » (whose s is not a plural).
  if (w.length > 4 && w.endsWith('s')) w = w.slice(0, -1);
  return w;
}

export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Words of a text with their offsets: letters and digits, as unicode61 sees them. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The text as the search index stores it: one stem per word. */
export function stemText(text: string): string {
  return words(text).map((w) => stemWord(w.word)).join(' ');
}
