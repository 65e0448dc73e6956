import { readFileSync } from 'node:fs';
import type { TrainSentence } from '../perceptron.js';

const END = new Set(['.', '!', '?']);
const MAX_LENGTH = 80;

/**
 * Europeana Newspapers BIO file: `TOKEN TAG` lines, IO tags only, no sentence breaks.
 * Splits at . ! ? followed by a capitalized token (or every MAX_LENGTH tokens) and turns
 * IO into BIO: a run of I-LOC is one entity (two adjacent places merge — the data's own limit).
 */
export function readEuropeana(path: string): TrainSentence[] {
  const out: TrainSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((x) => x.trim() !== '');
  lines.forEach((line, k) => {
    const cut = line.lastIndexOf(' ');
    const word = line.slice(0, cut);
    const io = line.slice(cut + 1);
    const type = io === 'O' ? null : io.slice(2);
    const prev = tags.at(-1);
    tags.push(type === null ? 'O' : prev !== undefined && prev !== 'O' && prev.slice(2) === type ? `I-${type}` : `B-${type}`);
    words.push(word);
    const next = lines[k + 1]?.charAt(0) ?? '';
    const breaks = (END.has(word) && next !== next.toLowerCase()) || words.length >= MAX_LENGTH;
    if (breaks || k === lines.length - 1) {
      out.push({ words, tags });
      words = [];
      tags = [];
    }
  });
  return out;
}
