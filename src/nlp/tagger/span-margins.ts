import { spansFromTags, type Span } from './labels.js';
import { featuresOf, predict, type NerModel } from './model.js';
import { margins } from './viterbi.js';

/**
 * Spans of the best labelling, each with its margin: the smallest, over its words, of how
 * much the best path beats the best path labelling that word otherwise. Uncalibrated.
 */
export function spanMargins(model: NerModel, words: readonly string[]): (Span & { margin: number })[] {
  const n = words.length;
  if (n === 0) return [];
  const l = model.labels.length;
  const alpha = new Float64Array(n * l);
  const { path, em } = predict(model, featuresOf(model, words), n, alpha);
  const margin = margins(em, n, l, model.transitions, alpha, path);
  return spansFromTags(Array.from(path, (k) => model.labels[k]!)).map((span) => {
    let low = Infinity;
    for (let i = span.start; i < span.end; i++) low = Math.min(low, margin[i]!);
    return { ...span, margin: low };
  });
}

/** Calibrated confidence of a span margin. */
export function spanScore(model: NerModel, margin: number): number {
  const { a, b } = model.calibration;
  return 1 / (1 + Math.exp(-(a === 0 ? margin : a * margin + b)));
}
