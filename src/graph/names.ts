import { foldName } from '../eval/fold.js';
import { nameLexicon } from './lexicon.js';

/**
 * The forms under which two names count as one. All start from the spec's folding (case, accents,
 * leading article and title, dashes and punctuation): « L'Agence numérique » = « Agence numerique ».
 */

/** Folded name with abbreviations expanded, spaced initials joined and a legal suffix dropped:
 *  « St-Jérôme » = « Saint-Jérôme », « R.E.L.L. » = « RELL », « Logisco inc. » = « Logisco ». */
export function nameKey(name: string): string {
  const lex = nameLexicon();
  let tokens = foldName(name).split(' ').filter(Boolean);
  if (tokens.length > 1 && tokens.every((t) => t.length === 1)) return tokens.join('');
  tokens = tokens.map((t) => lex.abbreviations.get(t) ?? t);
  let folded = tokens.join(' ');
  for (const suffix of lex.legalSuffixes) {
    if (folded.endsWith(` ${suffix}`) && folded.length > suffix.length + 1) {
      folded = folded.slice(0, -suffix.length - 1);
      break;
    }
  }
  return folded;
}

/** « RELL », « ÉNAP », « R.E.L.L. »: a name written as capitals only. */
export function isAcronymLike(name: string): boolean {
  const bare = name.replace(/[.\s\-&]/g, '');
  return /^[\p{Lu}\d]{2,10}$/u.test(bare) && (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * The acronyms a long name can stand for, lower case: with every small word skipped (OQCJ for
 * « Office québécois de la culture pour la jeunesse »), and keeping « à »/« en » (UQAM). Empty for one-word names.
 */
export function initialsOf(name: string): string[] {
  const lex = nameLexicon();
  const tokens = nameKey(name).split(' ').filter((t) => /^[a-z]/.test(t));
  const content = tokens.filter((t) => !lex.functionWords.has(t) && !lex.keptInAcronyms.has(t));
  if (content.length < 2) return [];
  const kept = tokens.filter((t) => !lex.functionWords.has(t) || lex.keptInAcronyms.has(t));
  const out = new Set([initials(content), initials(kept)]);
  return [...out].filter((a) => a.length >= 2);
}

function initials(tokens: string[]): string {
  return tokens.map((t) => t[0]).join('');
}

/**
 * A person's name without middle names or initials, folded: « Jean A. Tremblay » → « jean tremblay ».
 * Hyphenated first names stay whole (« Jean-François Gagnon » has no middle name), and lower-case
 * particles stay with the surname (« Jean de la Fontaine »). Null when there is nothing to drop.
 */
export function personCore(name: string): string | null {
  const start = dropTitles(name.trim().split(/\s+/));
  if (start.length < 3) return null;
  const [first, ...rest] = start;
  const last = rest.pop()!;
  const kept = rest.filter((w) => /^\p{Ll}/u.test(w));
  if (kept.length === rest.length) return null;
  return foldName([first, ...kept, last].join(' '));
}

function dropTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && foldName(words[i]!) === '') i++;
  while (i < words.length - 1 && /^(m|mme|mlle|dr|me|mr|mrs|ms|pr)$/.test(foldName(words[i]!))) i++;
  return words.slice(i);
}

/**
 * The name with small words, plurals and legal suffix set aside: « Investissements Québec » and
 * « Investissement Québec » share « investissement quebec ». Only a hint: a merge on it also needs context.
 */
export function skeletonOf(name: string): string {
  const lex = nameLexicon();
  return nameKey(name)
    .split(' ')
    .filter((t) => t && !lex.functionWords.has(t))
    .map((t) => (t.length > 3 ? t.replace(/[sx]$/, '') : t))
    .join(' ');
}
