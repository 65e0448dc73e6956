import { Flag, PAD, type SentenceAttributes } from './token-attributes.js';

/**
 * Feature templates, hashed: features are never stored as strings. Each token attribute is
 * hashed once (FNV-1a, token-attributes.ts); a feature is a mix of its template number with
 * attribute hashes, masked to the weight table's size (the "hashing trick").
 * Every token gets exactly FEATURES_PER_TOKEN features, each a bucket index into the weight table, so a sentence's features are one flat Uint32Array (n × F).
 * Bump FEATURE_VERSION whenever a template changes: models store it and refuse a mismatch.
 */
export const FEATURE_VERSION = 3;
export const FEATURES_PER_TOKEN = 38;

/** Template names, in order, for the model's sidecar documentation. */
export const TEMPLATE_NAMES = [
  'bias', 'w0', 'shape0', 'short0', 'pre1', 'pre2', 'pre3', 'pre4', 'suf1', 'suf2', 'suf3', 'suf4',
  'flags0', 'cap0+first0', 'first0+w0', 'acronym0', 'w-1', 'w-2', 'w+1', 'w+2',
  'short-1', 'short-2', 'short+1', 'short+2', 'w-1+w0', 'w0+w+1', 'w-2+w-1', 'w+1+w+2',
  'short-1+short0+short+1', 'w-1+short0', 'short0+w+1', 'suf3-1', 'flags-1+flags0+flags+1', 'pre4+1',
  'capBefore', 'capBefore+short0', 'capAfter', 'w0+capAfterGap',
];

/**
 * Writes token i's features into out[i*F .. i*F+F), masked to the table's bucket count.
 * Straight-line code on purpose: this is the hot loop (no closures, no cross-module calls).
 */
export function tokenFeatures(a: SentenceAttributes, i: number, mask: number, out: Uint32Array): void {
  const s = i + P;
  const { word: w, short: sh, flags: fl, prefix, suffix } = a;
  const f = fl[s]!;
  const o = i * FEATURES_PER_TOKEN;
  const first = (f & FIRST) !== 0;
  const values = scratch;
  values[0] = 0x1234567;
  values[1] = w[s]!;
  values[2] = a.shape[s]!;
  values[3] = sh[s]!;
  for (let k = 0; k < 4; k++) (values[4 + k] = prefix[s * 4 + k]!), (values[8 + k] = suffix[s * 4 + k]!);
  values[12] = f;
  values[13] = ((f & CAP) !== 0 ? 1 : 0) | (first ? 2 : 0);
  values[14] = first ? w[s]! : 7;
  values[15] = (f & ACRONYM) !== 0 ? 1 : 0;
  values[16] = w[s - 1]!;
  values[17] = w[s - 2]!;
  values[18] = w[s + 1]!;
  values[19] = w[s + 2]!;
  values[20] = sh[s - 1]!;
  values[21] = sh[s - 2]!;
  values[22] = sh[s + 1]!;
  values[23] = sh[s + 2]!;
  values[24] = mix(w[s - 1]!, w[s]!);
  values[25] = mix(w[s]!, w[s + 1]!);
  values[26] = mix(w[s - 2]!, w[s - 1]!);
  values[27] = mix(w[s + 1]!, w[s + 2]!);
  values[28] = mix(mix(sh[s - 1]!, sh[s]!), sh[s + 1]!);
  values[29] = mix(w[s - 1]!, sh[s]!);
  values[30] = mix(sh[s]!, w[s + 1]!);
  values[31] = suffix[(s - 1) * 4 + 2]!;
  values[32] = mix(mix(fl[s - 1]!, f), fl[s + 1]!);
  values[33] = prefix[(s + 1) * 4 + 3]!;
  values[34] = a.capBefore[s]!;
  values[35] = mix(a.capBefore[s]!, sh[s]!);
  values[36] = a.capAfter[s]!;
  values[37] = mix(w[s]!, a.capAfterGap[s]!);
  for (let t = 0; t < FEATURES_PER_TOKEN; t++) out[o + t] = mix(values[t]!, t) & mask;
}

const scratch = new Uint32Array(FEATURES_PER_TOKEN);
// Copied to module constants so the hot loop reads no imported binding.
const [P, CAP, FIRST, ACRONYM] = [PAD, Flag.Cap, Flag.First, Flag.Acronym];

/** Combines two 32-bit values into a well-spread hash (murmur3 finalizer); kept local for speed. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** All features of a sentence: n × FEATURES_PER_TOKEN bucket indexes. */
export function sentenceFeatures(a: SentenceAttributes, mask: number): Uint32Array {
  const out = new Uint32Array(a.n * FEATURES_PER_TOKEN);
  for (let i = 0; i < a.n; i++) tokenFeatures(a, i, mask, out);
  return out;
}
