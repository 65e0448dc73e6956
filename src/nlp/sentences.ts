import { FINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * Sentence splitter over tokens. A sentence ends:
 * - at every newline (our clean text puts headings, list items and paragraphs on their own lines);
 * - after . ! ? … (and any closing » ” ) glued to them) when whitespace then a capital, a digit or
 *   an opening quote/dash follows, or the text ends;
 * - after "etc.", "Inc."… (FINAL_ABBREVIATIONS) before a capital; after an initial or a dotted
 *   acronym ("J.", "U.S.") only before a SENTENCE_STARTERS word ("le plan B. Le comité…").
 * Never inside « … » or “ … ”, unless the quote closes right after the final punctuation:
 * « Nous sommes prêts. » Elle… → break; « Nous sommes prêts. Nous… » → no break.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

const FINAL = new Set(FINAL_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
const TERMINAL = /^[.!?…]+$/;
const CLOSERS = new Set(['»', '”', '"', ')', ']', '’', "'"]);
const OPENERS = new Set(['«', '“', '"', '(', '[', '–', '—', '-', "'", '‘']);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}]/u;

export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.kind === 'punct') depth = quoteDepth(tok.text, depth);
    let last = k;
    if (tok.kind === 'punct' && TERMINAL.test(tok.text)) {
      while (last + 1 < tokens.length && glued(text, tokens[last], tokens[last + 1]) && CLOSERS.has(tokens[last + 1].text)) {
        last++;
        depth = quoteDepth(tokens[last].text, depth);
      }
    }
    const next = tokens[last + 1];
    const newline = next !== undefined && hasNewline(text, tokens[last].end, next.start);
    if (!next || newline || (depth === 0 && endsHere(text, tokens, k, next))) {
      out.push(makeSentence(text, tokens.slice(first, last + 1)));
      first = last + 1;
      if (newline) depth = 0;
    }
    k = last;
  }
  return out;
}

/** Does the sentence end after token k (itself or with its closers), given the next token? */
function endsHere(text: string, tokens: Token[], k: number, next: Token): boolean {
  const tok = tokens[k];
  if (!/\s/.test(text[next.start - 1] ?? '')) return false;
  if (tok.kind === 'punct') return TERMINAL.test(tok.text) && (STARTS_SENTENCE.test(next.text) || OPENERS.has(next.text));
  if (tok.kind !== 'word' || !tok.text.endsWith('.')) return false;
  const bare = tok.text.slice(0, -1);
  if (FINAL.has(bare)) return STARTS_SENTENCE.test(next.text);
  if (/^\p{Lu}$/u.test(bare) || bare.includes('.')) return STARTERS.has(next.text);
  return false;
}

function quoteDepth(punct: string, depth: number): number {
  if (punct === '«' || punct === '“') return depth + 1;
  if (punct === '»' || punct === '”') return Math.max(0, depth - 1);
  return depth;
}

/** "prêts. »" has a (thin) space before the guillemet; a straight quote must touch. */
function glued(text: string, a: Token, b: Token): boolean {
  if (b.start === a.end) return true;
  return b.start - a.end === 1 && (b.text === '»' || b.text === '”') && text[a.end] !== '\n';
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return true;
  return false;
}

function makeSentence(text: string, tokens: Token[]): Sentence {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: text.slice(start, end), tokens };
}
