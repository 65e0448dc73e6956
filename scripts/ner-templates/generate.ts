import { splitSentences } from '../../src/nlp/sentences.js';
import type { TrainSentence } from '../../src/nlp/tagger/perceptron.js';
import { mulberry32 } from '../../src/nlp/tagger/perceptron.js';
import { list } from './fillers.js';
import { NameMaker } from './names.js';
import { renderSlot, type Piece } from './slots.js';

export const TEMPLATE_SOURCE = 'MIT (written for Veille); Québec place names CC0';

/**
 * Training sentences generated from the templates: each `{SLOT}` is filled with an invented
 * or listed name, the text goes through Veille's own tokenizer, and tokens take the entity
 * type of the slot they fall in. Same seed → same sentences.
 */
export function templateSentences(seed: number, counts = { fr: 3000, en: 600 }): TrainSentence[] {
  const make = new NameMaker(mulberry32(seed ^ 0x7e3a));
  const out: TrainSentence[] = [];
  for (const [lang, n] of [['fr', counts.fr], ['en', counts.en]] as const) {
    const templates = list(`sentences.${lang}.txt`);
    for (let k = 0; k < n; k++) out.push(label(fill(make, make.pick(templates))));
  }
  return out;
}

/** The template with every slot rendered; numbered slots ({ORG1}) are distinct fillers. */
export function fill(make: NameMaker, template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of template.matchAll(/\{([A-Z_]+?)\d?\}/g)) {
    pieces.push({ text: template.slice(at, m.index), type: null });
    const rendered = renderSlot(make, m[1]!);
    if (!rendered) throw new Error(`unknown slot ${m[0]} in: ${template}`);
    pieces.push(...rendered);
    at = m.index! + m[0].length;
  }
  pieces.push({ text: template.slice(at), type: null });
  const first = pieces.find((p) => p.text !== '')!;
  first.text = first.text.charAt(0).toUpperCase() + first.text.slice(1);
  return pieces;
}

/** Tokenizes the filled text; a token starting inside an entity piece takes its type (BIO). */
export function label(pieces: Piece[]): TrainSentence {
  const ranges: { start: number; end: number; type: string }[] = [];
  let text = '';
  for (const p of pieces) {
    if (p.type) ranges.push({ start: text.length, end: text.length + p.text.length, type: p.type });
    text += p.text;
  }
  const tokens = splitSentences(text).flatMap((s) => s.tokens);
  let last: (typeof ranges)[number] | undefined;
  const tags = tokens.map((t) => {
    const r = ranges.find((x) => t.start >= x.start && t.start < x.end);
    const tag = r ? `${r === last ? 'I' : 'B'}-${r.type}` : 'O';
    last = r;
    return tag;
  });
  return { words: tokens.map((t) => t.text), tags };
}
