import { readFileSync } from 'node:fs';
import type { TrainSentence } from '../perceptron.js';
import { blocks } from './sequoia.js';

/** WikiNEuRal CoNLL (`index TAB token TAB IOB2`). Non-commercial data: evaluation only. */
export function readWikiNeural(path: string): TrainSentence[] {
  return blocks(readFileSync(path, 'utf8')).map((lines) => {
    const cols = lines.map((line) => line.split('\t'));
    return { words: cols.map((c) => c[1]!), tags: cols.map((c) => c[2] ?? 'O') };
  });
}
