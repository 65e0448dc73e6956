import { FEATURES_PER_TOKEN } from './features.js';
import { LABELS, spansFromTags, type EntityType } from './labels.js';
import { emptyModel, featuresOf, predict, type NerModel } from './model.js';

/** One training sentence; `weight` scales its updates (e.g. 0.5 for noisy OCR data). */
export interface TrainSentence {
  words: string[];
  tags: string[];
  weight?: number;
  /** Types this source does not annotate (Europeana has no MISC): predicting them is not an error. */
  unannotated?: readonly EntityType[];
}

export interface TrainOptions {
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  epochs: number;
  /** Seed of the per-epoch shuffle: same data + seed → same model. */
  seed: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: NerModel, mistakes: number) => void;
}

/**
 * Averaged structured perceptron (Collins 2002) with Viterbi decoding. Averaging uses the
 * lazy trick of Daumé: keep w and u = Σ c·Δ; the average is w − u / c.
 */
export function trainPerceptron(data: readonly TrainSentence[], options: TrainOptions): NerModel {
  const model = emptyModel(options.bits);
  const index = new Map(LABELS.map((t, k) => [t, k]));
  const feats = data.map((s) => featuresOf(model, s.words));
  const gold = data.map((s) => Int32Array.from(s.tags, (t) => index.get(t) ?? 0));
  const acc = { w: new Float64Array(model.weights.length), t: new Float64Array(model.transitions.length) };
  const order = data.map((_, k) => k);
  const random = mulberry32(options.seed);
  let c = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    for (const k of order) {
      const s = data[k]!;
      const { path } = predict(model, feats[k]!, s.words.length);
      const target = s.unannotated ? acceptUnannotated(gold[k]!, path, s.unannotated, model.labels) : gold[k]!;
      if (update(model, acc, feats[k]!, target, path, s.weight ?? 1, c)) mistakes++;
      c++;
    }
    options.onEpoch?.(epoch, averaged(model, acc, c), mistakes);
  }
  return averaged(model, acc, c);
}

/**
 * The gold sequence, except that a predicted span of an unannotated type lying wholly on
 * gold O words is taken as right: Europeana's "O" over "Tour de France" means "no PER/LOC/ORG",
 * not "not an event".
 */
function acceptUnannotated(gold: Int32Array, pred: Int32Array, types: readonly EntityType[], labels: readonly string[]): Int32Array {
  const out = gold.slice();
  for (const span of spansFromTags(Array.from(pred, (k) => labels[k]!))) {
    if (!types.includes(span.label) || gold.subarray(span.start, span.end).some((g) => g !== 0)) continue;
    out.set(pred.subarray(span.start, span.end), span.start);
  }
  return out;
}

interface Accumulators {
  w: Float64Array;
  t: Float64Array;
}

/** Perceptron step on one sentence; returns whether the prediction was wrong. */
function update(model: NerModel, acc: Accumulators, feats: Uint32Array, gold: Int32Array, pred: Int32Array, d: number, c: number): boolean {
  const l = model.labels.length;
  const n = gold.length;
  let wrong = false;
  const bump = (w: Float32Array, u: Float64Array, j: number, delta: number): void => {
    w[j] += delta;
    u[j] += c * delta;
  };
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    const p = pred[i]!;
    if (g !== p) {
      wrong = true;
      for (let t = i * FEATURES_PER_TOKEN, end = t + FEATURES_PER_TOKEN; t < end; t++) {
        bump(model.weights, acc.w, feats[t]! * l + g, d);
        bump(model.weights, acc.w, feats[t]! * l + p, -d);
      }
    }
    const gPrev = i === 0 ? l : gold[i - 1]!;
    const pPrev = i === 0 ? l : pred[i - 1]!;
    if (g !== p || gPrev !== pPrev) {
      bump(model.transitions, acc.t, gPrev * l + g, d);
      bump(model.transitions, acc.t, pPrev * l + p, -d);
    }
  }
  if (n > 0 && gold[n - 1] !== pred[n - 1]) {
    bump(model.transitions, acc.t, l * l + l + gold[n - 1]!, d);
    bump(model.transitions, acc.t, l * l + l + pred[n - 1]!, -d);
  }
  return wrong;
}

function averaged(model: NerModel, acc: Accumulators, c: number): NerModel {
  const avg = (w: Float32Array, u: Float64Array): Float32Array => Float32Array.from(w, (x, j) => x - u[j]! / c);
  return { ...model, weights: avg(model.weights, acc.w), transitions: avg(model.transitions, acc.t), meta: { ...model.meta } };
}

/** Small seeded PRNG (mulberry32): deterministic shuffles without a dependency. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
