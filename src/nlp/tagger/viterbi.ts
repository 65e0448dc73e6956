import { allowedTransition } from './labels.js';

/**
 * Initial transition scores, laid out as one Float32Array: [prev*L + next] for L×L label
 * pairs, then L start scores (row L), then L end scores. Illegal BIO transitions (O → I-PER)
 * are -Infinity: training never updates them (neither gold nor Viterbi uses them), so they
 * stay forbidden and decoding needs no separate check.
 */
export function initialTransitions(labels: readonly string[]): Float32Array {
  const l = labels.length;
  const trans = new Float32Array(l * l + 2 * l);
  for (let p = 0; p <= l; p++) {
    for (let c = 0; c < l; c++) if (!allowedTransition(p === l ? null : labels[p]!, labels[c]!)) trans[p * l + c] = -Infinity;
  }
  return trans;
}

/**
 * Best legal label sequence. `em` holds n × L emission scores. When `alpha` is given it
 * receives the forward max scores (n × L), which margins() needs.
 */
export function viterbi(em: Float32Array, n: number, l: number, trans: Float32Array, alpha?: Float64Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = alpha ?? new Float64Array(n * l);
  const back = new Int32Array(n * l);
  for (let c = 0; c < l; c++) score[c] = em[c]! + trans[l * l + c]!;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < l; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < l; p++) {
        const s = score[(i - 1) * l + p]! + trans[p * l + c]!;
        if (s > best) (best = s), (arg = p);
      }
      score[i * l + c] = best + em[i * l + c]!;
      back[i * l + c] = arg;
    }
  }
  let best = -Infinity;
  for (let c = 0; c < l; c++) {
    const s = score[(n - 1) * l + c]! + trans[l * l + l + c]!;
    if (s > best) (best = s), (path[n - 1] = c);
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * l + path[i]!]!;
  return path;
}

/**
 * Per-token margin: best path score minus the best score of any path that puts another label
 * at that token (max-marginals from forward `alpha` and a backward pass). Large = confident.
 */
export function margins(em: Float32Array, n: number, l: number, trans: Float32Array, alpha: Float64Array, path: Int32Array): Float64Array {
  const beta = new Float64Array(n * l);
  for (let c = 0; c < l; c++) beta[(n - 1) * l + c] = trans[l * l + l + c]!;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < l; p++) {
      let best = -Infinity;
      for (let c = 0; c < l; c++) {
        const s = trans[p * l + c]! + em[(i + 1) * l + c]! + beta[(i + 1) * l + c]!;
        if (s > best) best = s;
      }
      beta[i * l + p] = best;
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const chosen = path[i]!;
    let other = -Infinity;
    for (let c = 0; c < l; c++) if (c !== chosen) other = Math.max(other, alpha[i * l + c]! + beta[i * l + c]!);
    out[i] = alpha[i * l + chosen]! + beta[i * l + chosen]! - other;
  }
  return out;
}
