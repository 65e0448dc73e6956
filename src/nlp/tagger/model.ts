import { FEATURES_PER_TOKEN, sentenceFeatures } from './features.js';
import { LABELS } from './labels.js';
import { sentenceAttributes } from './token-attributes.js';
import { initialTransitions, viterbi } from './viterbi.js';

/**
 * A trained tagger: hashed feature weights plus label transitions.
 * `weights` is row-major, L floats per row. While training it is dense: row = bucket, 2^bits
 * rows. A loaded model is compact: `rowOf[bucket]` gives the row (-1 = all zero), which keeps
 * the table small enough to stay in cache and lets unseen features cost one lookup.
 */
export interface NerModel {
  labels: readonly string[];
  bits: number;
  weights: Float32Array;
  rowOf?: Int32Array;
  transitions: Float32Array;
  /** Span score = sigmoid(a × margin + b), fitted on a dev set; a = 0 means uncalibrated. */
  calibration: { a: number; b: number };
  /** Free-form description saved with the model (training data, date, scores). */
  meta: Record<string, unknown>;
}

export function emptyModel(bits: number, labels: readonly string[] = LABELS): NerModel {
  const l = labels.length;
  return {
    labels,
    bits,
    weights: new Float32Array((2 ** bits) * l),
    transitions: initialTransitions(labels),
    calibration: { a: 0, b: 0 },
    meta: {},
  };
}

/** Features of a sentence for this model's table size. */
export function featuresOf(model: NerModel, words: readonly string[]): Uint32Array {
  return sentenceFeatures(sentenceAttributes(words), 2 ** model.bits - 1);
}

/** n × L emission scores: the sum of each token's feature weights, per label. */
export function emissions(model: NerModel, feats: Uint32Array, n: number): Float32Array {
  if (model.labels.length === 9) return emissions9(model, feats, n);
  const { weights, rowOf } = model;
  const l = model.labels.length;
  const em = new Float32Array(n * l);
  const per = FEATURES_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    for (let t = i * per, end = t + per; t < end; t++) {
      const row = rowOf ? rowOf[feats[t]!]! : feats[t]!;
      if (row < 0) continue;
      for (let c = 0; c < l; c++) em[i * l + c] += weights[row * l + c]!;
    }
  }
  return em;
}

/**
 * The same for our 9 BIO labels, unrolled into locals: twice as fast as the loop above,
 * and this is where inference spends most of its time.
 */
function emissions9(model: NerModel, feats: Uint32Array, n: number): Float32Array {
  const w = model.weights;
  const rowOf = model.rowOf ?? IDENTITY;
  const dense = model.rowOf === undefined;
  const per = FEATURES_PER_TOKEN;
  const em = new Float32Array(n * 9);
  for (let i = 0; i < n; i++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0; // prettier-ignore
    for (let t = i * per, end = t + per; t < end; t++) {
      const row = dense ? feats[t]! : rowOf[feats[t]!]!;
      if (row < 0) continue;
      const b = row * 9;
      e0 += w[b]!; e1 += w[b + 1]!; e2 += w[b + 2]!; e3 += w[b + 3]!; e4 += w[b + 4]!; // prettier-ignore
      e5 += w[b + 5]!; e6 += w[b + 6]!; e7 += w[b + 7]!; e8 += w[b + 8]!; // prettier-ignore
    }
    const o = i * 9;
    em[o] = e0; em[o + 1] = e1; em[o + 2] = e2; em[o + 3] = e3; em[o + 4] = e4; // prettier-ignore
    em[o + 5] = e5; em[o + 6] = e6; em[o + 7] = e7; em[o + 8] = e8; // prettier-ignore
  }
  return em;
}

const IDENTITY = new Int32Array(0);

/** Offset in `weights` of a bucket's row, or -1 when the bucket holds no weights. */
export function rowOffset(model: NerModel, bucket: number): number {
  const row = model.rowOf ? model.rowOf[bucket]! : bucket;
  return row < 0 ? -1 : row * model.labels.length;
}

/** Best label indexes for a sentence. */
export function predict(model: NerModel, feats: Uint32Array, n: number, alpha?: Float64Array): { path: Int32Array; em: Float32Array } {
  const l = model.labels.length;
  const em = emissions(model, feats, n);
  return { path: viterbi(em, n, l, model.transitions, alpha), em };
}
