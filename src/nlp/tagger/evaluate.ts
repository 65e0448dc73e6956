import { ENTITY_TYPES, spansFromTags, type EntityType } from './labels.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}

export interface ScoreOptions {
  /** Types to score; spans of other types are ignored on both sides (e.g. no MISC in Europeana). */
  types?: readonly EntityType[];
  /** Compare IO spans: a run of same-type tokens is one entity (for IO-only gold like Europeana). */
  io?: boolean;
}

/** Entity-level scores (exact span and type) per type, plus `micro` over the scored types. */
export function scoreSpans(gold: readonly string[][], predicted: readonly string[][], options: ScoreOptions = {}): Record<string, Score> {
  const types = options.types ?? ENTITY_TYPES;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, k) => {
    const key = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`;
    const spans = (tags: string[]): Set<string> =>
      new Set(spansFromTags(options.io ? toIo(tags) : tags).filter((s) => counts.has(s.label)).map(key));
    const gs = spans(g);
    const ps = spans(predicted[k]!);
    for (const s of ps) counts.get(s.split(':')[2]!)![gs.has(s) ? 'tp' : 'fp']++;
    for (const s of gs) if (!ps.has(s)) counts.get(s.split(':')[2]!)!.fn++;
  });
  const out: Record<string, Score> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [type, c] of counts) {
    out[type] = finish(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  out.micro = finish(total);
  return out;
}

/** B-X → I-X, so that adjacent same-type entities merge as they do in IO gold. */
function toIo(tags: string[]): string[] {
  return tags.map((t) => (t.startsWith('B-') ? `I-${t.slice(2)}` : t));
}

function finish(c: { tp: number; fp: number; fn: number }): Score {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
