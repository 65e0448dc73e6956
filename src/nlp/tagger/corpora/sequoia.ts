import { existsSync, readFileSync } from 'node:fs';
import { repairBio } from '../labels.js';
import type { TrainSentence } from '../perceptron.js';

/** Sequoia PARSEME-FR types → ours: PROD (works, products) and EVE (events) become MISC. */
const TYPES: Record<string, string> = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC', PROD: 'MISC', EVE: 'MISC' };

/**
 * Reads a pstal `.simple.*.conllu` file (NE in the 13th column: "1:PERS" opens entity 1,
 * "1" continues it, "*" outside). The simple files dropped the multiword-token lines, so
 * "du" appears as "de le"; when the full file sits beside it (`.simple.` removed from the
 * name) its range lines put the surface forms back, as a real tokenizer would see them.
 */
export function readSequoia(simplePath: string): TrainSentence[] {
  const fullPath = simplePath.replace('.simple.', '.');
  const ranges = existsSync(fullPath) && fullPath !== simplePath ? readRanges(fullPath) : new Map<string, Range[]>();
  return blocks(readFileSync(simplePath, 'utf8')).map((lines) => {
    const id = lines.find((x) => x.startsWith('# sent_id = '))?.slice(12) ?? '';
    const words: string[] = [];
    const ids: number[] = [];
    const tags: string[] = [];
    const open = new Map<string, string>();
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      const cols = line.split('\t');
      ids.push(Number(cols[0]));
      words.push(cols[1]!);
      tags.push(neTag(cols[12] ?? '*', open));
    }
    return mergeRanges({ words, tags }, ids, ranges.get(id) ?? []);
  });
}

function neTag(cell: string, open: Map<string, string>): string {
  if (cell === '*' || cell === '_') return 'O';
  const first = cell.split(';')[0]!;
  const [num, type] = first.split(':');
  if (type) {
    const ours = TYPES[type];
    if (!ours) return 'O';
    open.set(num!, ours);
    return `B-${ours}`;
  }
  const ours = open.get(num!);
  return ours ? `I-${ours}` : 'O';
}

interface Range {
  from: number;
  to: number;
  form: string;
}

function readRanges(path: string): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const lines of blocks(readFileSync(path, 'utf8'))) {
    const id = lines.find((x) => x.startsWith('# sent_id = '))?.slice(12) ?? '';
    const ranges = lines
      .map((line) => /^(\d+)-(\d+)\t([^\t]+)/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ from: Number(m[1]), to: Number(m[2]), form: m[3]! }));
    if (ranges.length) out.set(id, ranges);
  }
  return out;
}

/** "de" "le" (ids 3, 4) + range 3-4 "du" → "du", keeping the first entity tag met. */
function mergeRanges(s: TrainSentence, ids: number[], ranges: Range[]): TrainSentence {
  if (!ranges.length) return s;
  const words: string[] = [];
  const tags: string[] = [];
  for (let k = 0; k < ids.length; k++) {
    const range = ranges.find((r) => r.from === ids[k]);
    const last = range ? ids.indexOf(range.to, k) : -1;
    if (range && last > k) {
      words.push(range.form);
      tags.push(s.tags.slice(k, last + 1).find((t) => t !== 'O') ?? 'O');
      k = last;
    } else {
      words.push(s.words[k]!);
      tags.push(s.tags[k]!);
    }
  }
  return { words, tags: repairBio(tags) };
}

/** Blank-line separated blocks of non-empty lines. */
export function blocks(text: string): string[][] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.split(/\r?\n/).filter((x) => x.trim() !== ''))
    .filter((b) => b.some((x) => !x.startsWith('#')));
}
