import type { Token } from './tokenize.js';
import { ELISIONS, LEXICALIZED, OBJECT_CLITICS, SUBJECT_CLITICS } from './clitics.js';

/**
 * Splits one word span found by the tokenizer into UD French tokens: elided clitics off the
 * front ("qu'il" → "qu'" + "il"), verb-subject pronouns off the back ("explique-t-il" →
 * "explique" + "-t-il"), English "'s" off the back ("Google's" → "Google" + "'s").
 * Name-internal apostrophes stay: "D'Astous", "O'Brien", "Imagin'air", "aujourd'hui".
 */

const ELISION = new Set(ELISIONS);
const LEXICAL = new Set([
  ...LEXICALIZED,
  // English compounds and French nouns whose last part looks like a clitic
  'add-on', 'add-ons', 'hands-on', 'follow-on', 'bolt-on', 'head-on', 'carry-on', 'walk-on',
  'chez-nous', 'chez-vous', 'chez-moi', 'chez-toi', 'chez-lui', 'chez-soi',
]);
const SUBJECT = new Set(SUBJECT_CLITICS);
const OBJECT = new Set(OBJECT_CLITICS);
const APOSTROPHE = /['’ʼ]/;
const HYPHEN = /[-‐‑]/;
const UPPER = /\p{Lu}/u;

export function pushWord(text: string, start: number, end: number, out: Token[]): void {
  const word = text.slice(start, end);
  const hasApostrophe = APOSTROPHE.test(word);
  if (!hasApostrophe && !HYPHEN.test(word)) {
    out.push({ text: word, start, end, kind: 'word' });
    return;
  }
  if (LEXICAL.has(word.toLowerCase())) {
    out.push({ text: word, start, end, kind: 'word' });
    return;
  }
  if (hasApostrophe) start = splitElisions(text, start, end, out);
  if (start < end) splitTail(text, start, end, out);
}

/** Pushes every leading "l'", "qu'", "jusqu'"…; returns where the rest of the word starts. */
function splitElisions(text: string, start: number, end: number, out: Token[]): number {
  for (;;) {
    const word = text.slice(start, end);
    const at = word.search(APOSTROPHE);
    if (at <= 0 || at === word.length - 1) return start;
    if (!ELISION.has(word.slice(0, at).toLowerCase())) return start;
    // "D'Amours" is a name; "l'ADTQ", "L'Association", "d'Ottawa" are elisions.
    if (word[0] === 'D' && UPPER.test(word[at + 1])) return start;
    out.push({ text: word.slice(0, at + 1), start, end: start + at + 1, kind: 'word' });
    start += at + 1;
  }
}

/** Pushes the word, then any trailing "-t-il", "-ce", "-moi" or "'s" as their own tokens. */
function splitTail(text: string, start: number, end: number, out: Token[]): void {
  const word = text.slice(start, end);
  const cut = tailStart(word);
  if (cut <= 0 || LEXICAL.has(word.toLowerCase())) {
    out.push({ text: word, start, end, kind: 'word' });
    return;
  }
  out.push({ text: word.slice(0, cut), start, end: start + cut, kind: 'word' });
  splitTail(text, start + cut, end, out);
}

/** Offset where a trailing clitic begins in `word`, or -1. */
function tailStart(word: string): number {
  const possessive = /['’]s$/.exec(word);
  if (possessive && possessive.index >= 2) return possessive.index;
  const parts = word.split(HYPHEN);
  if (parts.length < 2) return -1;
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  let cut = word.length - last.length - 1;
  if (SUBJECT.has(last)) {
    // "a-t-il": the euphonic t travels with the pronoun.
    if (before === 't' && parts.length > 2) cut -= 2;
  } else if (!OBJECT.has(last) || UPPER.test(before[0] ?? '') && parts.length > 2) {
    return -1;
  }
  // Earlier clitics chain: "donne-le-moi" → "donne", "-le", "-moi" (one cut per call).
  const earlier = tailStart(word.slice(0, cut));
  return earlier > 0 ? earlier : cut;
}
