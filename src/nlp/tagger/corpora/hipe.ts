import { readFileSync } from 'node:fs';
import { repairBio } from '../labels.js';
import type { TrainSentence } from '../perceptron.js';

interface HipeToken {
  word: string;
  tag: string;
  flags: string;
}

/** HIPE coarse types → ours. NewsEye: PER LOC ORG HumanProd; AjMC: pers loc work (scope, date… dropped). */
const TYPES: Record<string, string> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', HUMANPROD: 'MISC', PERS: 'PER', WORK: 'MISC' };

/** Abbreviations that the HIPE tokenization splits from their period ("M" "."), UD keeps whole. */
const ABBREVIATION = /^(M|MM|Mme|Mmes|Mlle|Mlles|Mgr|Me|Dr|St|Ste|Cie|(?:[A-ZÀ-Ý]\.-)*[A-ZÀ-Ý])$/;

/**
 * Reads a HIPE-2022 TSV file into sentences (split on EndOfSentence and document starts),
 * re-joining what the HIPE tokenization splits but Veille's tokenizer keeps whole:
 * "l" "’" → "l’", "M" "." → "M.", "Ile" "-" "de" "-" "France" → "Ile-de-France", and
 * end-of-line hyphenation "ex¬" "cessif" → "excessif".
 */
export function readHipe(path: string): TrainSentence[] {
  const out: TrainSentence[] = [];
  let current: HipeToken[] = [];
  const flush = (): void => {
    if (current.length) out.push(toSentence(joinTokens(current)));
    current = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# hipe2022:document_id')) flush();
    if (!line || line.startsWith('#') || line.startsWith('TOKEN\t')) continue;
    const cols = line.split('\t');
    current.push({ word: cols[0]!, tag: cols[1] ?? 'O', flags: cols[9] ?? '' });
    if (current.at(-1)!.flags.includes('EndOfSentence')) flush();
  }
  flush();
  return out;
}

function joinTokens(tokens: HipeToken[]): HipeToken[] {
  const out: HipeToken[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (prev !== undefined && joins(prev, t)) {
      // "Ile" "-" "de" → "Ile-de"; OCR line-break "symphoni" "-" "-" "que" keeps one hyphen.
      const word = prev.word.endsWith('-') && t.word === '-' ? '' : t.word;
      prev.word = prev.word.replace(/¬$/, '') + word;
      prev.tag = prev.tag === 'O' ? t.tag : prev.tag;
      prev.flags = t.flags;
    } else out.push({ ...t });
  }
  return out;
}

const WORDLIKE = /[\p{L}\d]/u;

/** Should `t` be glued to the token before it, as Veille's tokenizer would have kept them? */
function joins(prev: HipeToken, t: HipeToken): boolean {
  if (prev.word.endsWith('¬') && prev.flags.includes('EndOfLine')) return true;
  if (!prev.flags.includes('NoSpaceAfter')) return false;
  if (t.word === "'" || t.word === '’') return true;
  if (t.word === '.' && ABBREVIATION.test(prev.word)) return true;
  const hyphenAfterWord = t.word === '-' && WORDLIKE.test(prev.word);
  const wordAfterHyphen = prev.word.endsWith('-') && prev.word.length > 1 && (WORDLIKE.test(t.word) || t.word === '-');
  return hyphenAfterWord || wordAfterHyphen;
}

function toSentence(tokens: HipeToken[]): TrainSentence {
  const tags = tokens.map(({ tag }) => {
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m ? TYPES[m[2]!.toUpperCase()] : undefined;
    return m && type ? `${m[1]}-${type}` : 'O';
  });
  const words = tokens.map((t) => t.word);
  return { words, tags: dropCivility(words, repairBio(tags)) };
}

const CIVILITY = /^(M\.|MM\.|Mme|Mmes|Mlle|Mlles|Mgr|Me|Dr|Dr\.)$/;

/**
 * HIPE puts the civility inside the person ("M. de Lasteyrie" = B-PER I-PER I-PER); Sequoia and
 * Veille leave it out ("M." O, "de" B-PER …), so the two corpora do not teach opposite things.
 */
function dropCivility(words: string[], tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'B-PER' && CIVILITY.test(words[i]!) && tags[i + 1] === 'I-PER') return 'O';
    if (tag === 'I-PER' && tags[i - 1] === 'B-PER' && CIVILITY.test(words[i - 1]!)) return 'B-PER';
    return tag;
  });
}
