import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../repo-root.js';
import { spansFromTags, type Span } from './labels.js';
import { readModel } from './model-file.js';
import { featuresOf, predict, type NerModel } from './model.js';
import { spanMargins, spanScore } from './span-margins.js';

export type { EntityType, Span } from './labels.js';
export type { NerModel } from './model.js';

/** Statistical named-entity tagger over already-tokenized words (one sentence at a time). */
export interface Tagger {
  /** One BIO label per word: "O", "B-PER", "I-PER", "B-ORG", … */
  tag(words: readonly string[]): string[];
  /** The entities of tag(words), with a confidence score in [0, 1]. */
  spans(words: readonly string[]): Span[];
  readonly model: NerModel;
}

export const DEFAULT_MODEL = 'data/models/ner-fr.bin';

const cache = new Map<string, Tagger>();

/**
 * Loads a model file (default: the committed French model) and returns a tagger.
 * Reads one local file, never the network; the same path is loaded only once per process.
 */
export function loadTagger(path?: string | URL): Tagger {
  const file = path === undefined ? join(repoRoot(), DEFAULT_MODEL) : path instanceof URL ? fileURLToPath(path) : path;
  let tagger = cache.get(file);
  if (!tagger) cache.set(file, (tagger = createTagger(readModel(file))));
  return tagger;
}

/** A tagger over a model already in memory (e.g. just trained, in tests and scripts). */
export function createTagger(model: NerModel): Tagger {
  const tag = (words: readonly string[]): string[] => {
    const { path } = predict(model, featuresOf(model, words), words.length);
    return Array.from(path, (k) => model.labels[k]!);
  };
  const spans = (words: readonly string[]): Span[] =>
    spanMargins(model, words).map(({ margin, ...span }) => ({ ...span, score: spanScore(model, margin) }));
  return { tag, spans, model };
}

export { spansFromTags };
