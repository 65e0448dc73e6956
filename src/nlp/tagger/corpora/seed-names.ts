import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../sentences.js';
import type { Score } from '../evaluate.js';
import type { Tagger } from '../index.js';
import { sharedDataDir } from './index.js';

interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
}

const TYPES = ['PER', 'ORG', 'LOC'];

/** "l’Économie" and "l'Économie" compare equal; so do runs of spaces. */
function norm(s: string): string {
  return s.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A domain check on shared/seeds (real Québec tech-news articles) against shared/gold:
 * per document, the distinct predicted (type, text) pairs vs the gold entities of that type.
 * A gold entity is found when any of its names (name or alias) was predicted with its type;
 * a prediction is right when it equals some gold name of its type. Predictions naming a gold
 * PROGRAM or EVENT are left out of precision (we have no such types). Evaluation only.
 */
export function seedNameScores(tagger: Tagger): Record<string, Score> | null {
  const shared = join(sharedDataDir(), '..');
  const seeds = join(shared, 'seeds');
  if (!existsSync(seeds) || !existsSync(join(shared, 'gold'))) return null;
  const counts = new Map(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const goldFile = join(shared, 'gold', file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) continue;
    const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { entities: GoldEntity[] }).entities;
    const text = readFileSync(join(seeds, file), 'utf8');
    const predicted = new Set<string>();
    for (const sentence of splitSentences(text)) {
      const words = sentence.tokens.map((t) => t.text);
      for (const span of tagger.spans(words)) {
        const [a, b] = [sentence.tokens[span.start]!, sentence.tokens[span.end - 1]!];
        predicted.add(`${span.label}\t${norm(text.slice(a.start, b.end))}`);
      }
    }
    const names = (e: GoldEntity): string[] => [e.name, ...(e.aliases ?? [])].map((n) => `${e.type}\t${norm(n)}`);
    const goldNames = new Set(gold.filter((e) => TYPES.includes(e.type)).flatMap(names));
    const ignored = new Set(gold.filter((e) => !TYPES.includes(e.type)).flatMap((e) => names(e).map((k) => k.split('\t')[1]!)));
    for (const e of gold.filter((x) => TYPES.includes(x.type))) {
      counts.get(e.type)![names(e).some((k) => predicted.has(k)) ? 'tp' : 'fn']++;
    }
    for (const p of predicted) {
      const [type, name] = p.split('\t') as [string, string];
      if (!counts.has(type) || ignored.has(name) || goldNames.has(p)) continue;
      counts.get(type)!.fp++;
    }
  }
  return finish(counts);
}

function finish(counts: Map<string, { tp: number; fp: number; fn: number }>): Record<string, Score> {
  const out: Record<string, Score> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  const score = (c: { tp: number; fp: number; fn: number }): Score => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return { ...c, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  for (const [type, c] of counts) {
    out[type] = score(c);
    (total.tp += c.tp), (total.fp += c.fp), (total.fn += c.fn);
  }
  out.micro = score(total);
  return out;
}
