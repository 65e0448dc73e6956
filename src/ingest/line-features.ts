import { FURNITURE_PHRASES, type FurnitureKind } from './furniture-phrases.js';

/** What the furniture detector knows about one line (one paragraph) of a document. */
export interface LineFeatures {
  chars: number;
  words: number;
  /** Sentences of at least five words: teaser summaries have one, article paragraphs several. */
  sentences: number;
  /** Ends like a sentence or a quotation: `.`, `!`, `?`, `…`, `»`, `"`. */
  endsSentence: boolean;
  listItem: boolean;
  /** Kind of the first furniture phrase the line matches, if it is short enough to be furniture. */
  phrase: FurnitureKind | null;
  /** 0 for the first line, 1 for the last. */
  position: number;
}

/** Furniture is short: a 40-word line is prose even if it mentions a newsletter. */
const MAX_FURNITURE_WORDS = 40;
const SENTENCE_SPLIT = /(?<=[.!?…])\s+(?=[\p{Lu}«"“—–-])/u;
// "Accueil › Techno › Startups", "Facebook | Twitter": navigation, expected at the top.
const BREADCRUMB = /^[^.!?]{1,40}(?:\s[›>|/]\s[^.!?]{1,40}){1,6}$/;
const BARE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;

export function lineFeatures(line: string, index: number, total: number): LineFeatures {
  const words = line.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const position = total > 1 ? index / (total - 1) : 0;
  return {
    chars: line.length,
    words,
    sentences: line.split(SENTENCE_SPLIT).filter((s) => s.split(/\s+/).length >= 5).length,
    endsSentence: /[.!?…»"”]\)?$/.test(line),
    listItem: /^(?:[-–—•*▪·]|\d{1,2}[.)])\s/.test(line),
    phrase: furniturePhrase(line, words, position),
    position,
  };
}

function furniturePhrase(line: string, words: number, position: number): FurnitureKind | null {
  if (words > MAX_FURNITURE_WORDS) return null;
  const hit = FURNITURE_PHRASES.find((p) => p.re.test(line));
  if (hit) return hit.kind;
  if (BARE_LINK.test(line)) return 'line';
  if (position <= 0.15 && BREADCRUMB.test(line)) return 'line';
  return null;
}

/** Article prose: several real sentences, or one long paragraph. */
export function isSubstantial(f: LineFeatures): boolean {
  return (f.sentences >= 2 && f.chars >= 200) || f.chars >= 300;
}

/** A sentence of some length: body text, or a teaser's one-sentence summary. */
export function isSentence(f: LineFeatures): boolean {
  return f.endsSentence && f.words >= 8;
}

/** A headline or section heading: short, no final punctuation, not a list item. */
export function isHeadlineLike(f: LineFeatures): boolean {
  return !f.endsSentence && !f.listItem && f.words <= 20;
}
