/**
 * A sentence's tokens with the features every rule reads: capitals, acronym shape, French POS,
 * lexicon key, and whether the word opens its sentence (where a capital says little:
 * "Promotion Saguenay accorde…" vs "une promotion").
 */
import { lexKey } from '../lexicons.js';
import type { Sentence } from '../sentences.js';
import type { EntityLexicons } from './lexicon.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lower case, typographic apostrophe as "'". */
  lower: string;
  key: string;
  /** The key's first word, up to a space or just after an apostrophe ("d'impot" → "d'"). */
  seg: string;
  cap: boolean;
  /** Acronym shape: two or more letters, all capitals ("ADTQ", "A.C.L.Q.", "ÉCQ", "MEDTEQ"). */
  upper: boolean;
  /** A capital after a small letter: "BioSynthèse", "DataIn", "NOrdik". */
  camel: boolean;
  num: boolean;
  punct: boolean;
  pos: string | undefined;
  /** First word of its sentence, of a list item or of a quote. */
  initial: boolean;
}

export interface View {
  /** Sentence index in the document. */
  s: number;
  words: Word[];
  /** Word texts, for lexicon.matchLongest. */
  texts: string[];
}

type Shape = Omit<Word, 'start' | 'end' | 'initial'>;
const shapes = new Map<string, Shape>();

/** A word's features depend on its text only: computed once per distinct text (a document's words repeat). */
function shapeOf(text: string, lx: EntityLexicons): Shape {
  let shape = shapes.get(text);
  if (shape) return shape;
  if (shapes.size > 200_000) shapes.clear();
  const lower = text.toLowerCase().replace(/[’ʼ]/g, "'");
  const letters = text.replace(/[^\p{L}]/gu, '');
  const plain = !/[$€£¥%]|-(?:based|born|led|owned)$/u.test(text);
  const key = lexKey(text);
  shape = {
    text, lower, key, seg: /^[^ ']*'?/.exec(key)![0],
    cap: plain && /^\p{Lu}/u.test(letters),
    upper: plain && letters.length >= 2 && /^\p{Lu}+$/u.test(letters) && !/^\p{Lu}\p{Ll}/u.test(text),
    camel: plain && /^\p{Lu}/u.test(letters) && (/\p{Ll}\p{Lu}/u.test(text) || /^\p{Lu}{2,}\p{Ll}{2,}/u.test(text)),
    num: /^\p{N}/u.test(text),
    punct: letters === '' && !/\p{N}/u.test(text),
    pos: lx.pos.get(lower),
  };
  shapes.set(text, shape);
  return shape;
}

const OPENERS = new Set(['«', '“', '"', '-', '–', '—', '•', '*', ':', '‘']);

export function makeView(sentence: Sentence, s: number, lx: EntityLexicons): View {
  const { tokens } = sentence;
  const words: Word[] = new Array(tokens.length);
  const texts: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const h = shapeOf(t.text, lx);
    // Spelled out, not spread: one object shape for every word, and several times faster to build.
    words[i] = {
      text: h.text, start: t.start, end: t.end, lower: h.lower, key: h.key, seg: h.seg, cap: h.cap, upper: h.upper,
      camel: h.camel, num: h.num, punct: h.punct, pos: h.pos, initial: i === 0 || OPENERS.has(tokens[i - 1]!.text),
    };
    texts[i] = t.text;
  }
  return { s, words, texts };
}

/** An ordinary word of French or English: known to the POS lexicon or the common-English list. */
export function isCommon(w: Word, lx: EntityLexicons): boolean {
  return w.pos !== undefined || lx.commonEn.has(w.key);
}

const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV']);
export function isFunctionWord(w: Word): boolean {
  return w.pos !== undefined && FUNCTION_POS.has(w.pos);
}

/** Could this word be part of a proper name? Capitalized (or acronym, CamelCase), not a stop word. */
export function nameLike(w: Word, lx: EntityLexicons): boolean {
  if (!(w.cap || w.upper || w.camel)) return false;
  if (lx.base.stopCapitalized.has(w.key)) return false;
  if (w.upper && lx.acronymStop.has(w.key)) return false;
  return !(w.initial && isCommon(w, lx) && !w.upper);
}
