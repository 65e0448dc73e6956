import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION } from './features.js';
import { rowOffset, type NerModel } from './model.js';

/**
 * Model file layout (the whole file is gzipped):
 *   "VNER" | uint32 header byte length | header JSON (utf-8) | zero padding to 4 bytes
 *   | Uint32Array bucket ids of the N kept rows, ascending
 *   | Int16Array N × L weights, quantized: weight = q × header.scale
 *   | Float32Array transitions (L×L, then L start, then L end)
 * Only buckets with a weight above `prune` in absolute value are kept; the rest load as 0.
 */
interface Header {
  format: 'veille-ner';
  featureVersion: number;
  labels: string[];
  bits: number;
  rows: number;
  scale: number;
  calibration: { a: number; b: number };
  meta: Record<string, unknown>;
}

const MAGIC = 'VNER';

export function saveModel(model: NerModel, path: string, prune = 0): { rows: number; bytes: number } {
  const l = model.labels.length;
  const kept = keptBuckets(model, prune);
  let maxAbs = 0;
  for (const x of model.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(kept.length * l);
  kept.forEach((bucket, k) => {
    const base = rowOffset(model, bucket);
    for (let c = 0; c < l; c++) q[k * l + c] = Math.round(model.weights[base + c]! / scale);
  });
  const header: Header = {
    format: 'veille-ner', featureVersion: FEATURE_VERSION, labels: [...model.labels], bits: model.bits,
    rows: kept.length, scale, calibration: model.calibration, meta: model.meta,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(8 + Math.ceil(json.length / 4) * 4);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  const parts = [head, kept, q, model.transitions].map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
  const file = gzipSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(path, file);
  return { rows: kept.length, bytes: file.length };
}

/** Buckets, ascending, with some weight above `prune` in absolute value. */
function keptBuckets(model: NerModel, prune: number): Uint32Array {
  const kept: number[] = [];
  for (let bucket = 0, n = 2 ** model.bits; bucket < n; bucket++) {
    const base = rowOffset(model, bucket);
    if (base < 0) continue;
    for (let c = 0; c < model.labels.length; c++) {
      if (Math.abs(model.weights[base + c]!) > prune) {
        kept.push(bucket);
        break;
      }
    }
  }
  return Uint32Array.from(kept);
}

export function readModel(path: string): NerModel {
  const buf = gunzipSync(readFileSync(path));
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path}: not a Veille NER model`);
  const jsonLength = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + jsonLength)) as Header;
  if (header.format !== 'veille-ner' || header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`${path}: model feature version ${header.featureVersion}, code expects ${FEATURE_VERSION}; retrain it`);
  }
  const l = header.labels.length;
  // Copy into fresh, aligned arrays: the Buffer's byteOffset need not be a multiple of 4.
  let at = 8 + Math.ceil(jsonLength / 4) * 4;
  const take = (bytes: number): ArrayBuffer => buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + (at += bytes));
  const buckets = new Uint32Array(take(header.rows * 4));
  const q = new Int16Array(take(header.rows * l * 2));
  const transitions = new Float32Array(take((l * l + 2 * l) * 4));
  // Plain loops: typed-array forEach / from(map) are several times slower on 10^6 items.
  const rowOf = new Int32Array(2 ** header.bits).fill(-1);
  for (let k = 0; k < buckets.length; k++) rowOf[buckets[k]!] = k;
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * header.scale;
  return { labels: header.labels, bits: header.bits, weights, rowOf, transitions, calibration: header.calibration, meta: header.meta };
}
