import { spansFromTags } from './labels.js';
import type { NerModel } from './model.js';
import type { TrainSentence } from './perceptron.js';
import { spanMargins } from './span-margins.js';

/**
 * Fits span score = sigmoid(a × margin + b) by logistic regression (Newton steps) on a dev
 * set: each predicted span is a sample, correct (exact span and type in gold) or not. Then a
 * score of 0.9 means "right about 9 times out of 10" on data like the dev set.
 */
export function calibrate(model: NerModel, dev: readonly TrainSentence[]): NerModel {
  const samples: [margin: number, correct: number][] = [];
  for (const s of dev) {
    const gold = new Set(spansFromTags(s.tags).map((g) => `${g.start}:${g.end}:${g.label}`));
    for (const span of spanMargins(model, s.words)) {
      samples.push([span.margin, gold.has(`${span.start}:${span.end}:${span.label}`) ? 1 : 0]);
    }
  }
  let a = 0;
  let b = 0;
  for (let step = 0; step < 50; step++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 1e-6, 0, 1e-6];
    for (const [x, y] of samples) {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const w = p * (1 - p);
      ga += (p - y) * x;
      gb += p - y;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return { ...model, calibration: { a: a || 1e-6, b } };
}
