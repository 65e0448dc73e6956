import { foldName } from './fold.js';
import type { FactsFile } from '../extract/model.js';

/**
 * Scores predicted facts files against gold ones with the matching rules of
 * shared/spec/facts-format.md, so `veille eval` reports the figures the reference scorer does.
 */
export const FACT_KEYS: Record<string, string[]> = {
  role: ['person', 'org'], funding: ['recipient', 'amount'], transfer: ['from', 'to'],
  partnership: ['parties'], mission: ['organizer', 'destinations'], event: ['event'],
  members: ['org', 'count'], office: ['org', 'place'], located: ['org', 'place'],
  founded: ['org', 'date'], part_of: ['child', 'parent'], program: ['program'],
};
export const FACT_ATTRS: Record<string, string[]> = {
  role: ['title', 'status'], funding: ['funder', 'program', 'date', 'currency'], transfer: ['date'],
  partnership: ['place', 'date'], mission: ['participants', 'start', 'end', 'size'],
  event: ['date', 'end', 'place', 'attendance', 'organizer'], members: ['approx', 'kind'],
  office: ['date'], located: [], founded: [], part_of: [], program: ['owner', 'budget', 'launched'],
};
const ENTITY_FIELDS = new Set(['person', 'org', 'recipient', 'funder', 'program', 'from', 'to', 'parties',
  'organizer', 'destinations', 'participants', 'event', 'place', 'child', 'parent', 'owner']);
const DATE_FIELDS = new Set(['date', 'end', 'start', 'launched']);

export interface Tally { tp: number; fp: number; fn: number }
export interface Prf extends Tally { p: number; r: number; f: number }
export interface Score {
  documents: number;
  entities: Record<string, Prf>;
  facts: Record<string, Prf>;
  entitiesAll: Prf;
  factsAll: Prf;
  attributes: number;
  /** Human-readable misses and spurious items, for --verbose. */
  notes: string[];
}

type Doc = Pick<FactsFile, 'entities' | 'facts'>;
type Field = unknown;

export function score(pairs: { doc: string; gold: Doc; pred: Doc }[]): Score {
  const ents: Record<string, Tally> = {};
  const facts: Record<string, Tally> = {};
  const attrs = { ok: 0, all: 0 };
  const notes: string[] = [];
  const bump = (t: Record<string, Tally>, k: string) => (t[k] ??= { tp: 0, fp: 0, fn: 0 });

  for (const { doc, gold, pred } of pairs) {
    const forms = (e: Doc['entities'][number]) => new Set([e.name, ...(e.aliases ?? [])].map(foldName).filter(Boolean));
    const gForms = gold.entities.map(forms);
    const pForms = pred.entities.map(forms);
    const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
    const used = new Set<number>();
    const p2g = new Map<string, string>();
    gold.entities.forEach((g, gi) => {
      const pi = pred.entities.findIndex((p, i) => !used.has(i) && p.type === g.type && meets(pForms[i]!, gForms[gi]!));
      const t = bump(ents, g.type);
      if (pi >= 0) { used.add(pi); p2g.set(pred.entities[pi]!.id, g.id); t.tp++; }
      else { t.fn++; notes.push(`${doc}: missed ${g.type} ${g.name}`); }
    });
    pred.entities.forEach((p, i) => {
      if (used.has(i)) return;
      bump(ents, p.type).fp++;
      notes.push(`${doc}: spurious ${p.type} ${p.name}`);
      // A mistyped entity still names the right thing for fact matching.
      const gi = gold.entities.findIndex((_, j) => meets(pForms[i]!, gForms[j]!));
      if (gi >= 0 && !p2g.has(p.id)) p2g.set(p.id, gold.entities[gi]!.id);
    });
    const map = (v: Field): Field => (Array.isArray(v) ? v.map((x) => p2g.get(x) ?? `?${x}`) : (p2g.get(v as string) ?? `?${v}`));
    const same = (field: string, g: Field, p: Field): boolean => {
      if (g === undefined) return true;
      if (p === undefined || p === null) return false;
      if (field === 'destinations') { const s = new Set(map(p) as string[]); return (g as string[]).some((x) => s.has(x)); }
      if (field === 'parties') { const s = new Set(map(p) as string[]); const gs = g as string[]; return s.size === new Set(gs).size && gs.every((x) => s.has(x)); }
      if (ENTITY_FIELDS.has(field)) return map(p) === g;
      if (DATE_FIELDS.has(field)) { const a = String(g), b = String(p); const n = Math.min(a.length, b.length); return a.slice(0, n) === b.slice(0, n); }
      if (typeof g === 'number') return Math.abs(Number(p) - g) <= Math.max(0.005 * Math.abs(g), 0.5);
      if (typeof g === 'boolean') return Boolean(p) === g;
      const a = foldName(String(g)), b = foldName(String(p));
      return a === b || (a !== '' && b !== '' && (a.includes(b) || b.includes(a)));
    };
    const usedF = new Set<number>();
    for (const g of gold.facts as Record<string, Field>[]) {
      const keys = FACT_KEYS[g.type as string];
      if (!keys) continue;
      const t = bump(facts, g.type as string);
      const pi = (pred.facts as Record<string, Field>[]).findIndex((p, i) => !usedF.has(i) && p.type === g.type && keys.every((k) => same(k, g[k], p[k])));
      if (pi < 0) { t.fn++; notes.push(`${doc}: missed fact ${JSON.stringify(g)}`); continue; }
      usedF.add(pi); t.tp++;
      const p = pred.facts[pi] as Record<string, Field>;
      for (const a of FACT_ATTRS[g.type as string]!) {
        if (g[a] === undefined) continue;
        attrs.all++;
        if (a === 'participants') {
          const s = new Set(map(p[a] ?? []) as string[]);
          const gl = g[a] as string[];
          attrs.ok += gl.filter((x) => s.has(x)).length / gl.length;
          continue;
        }
        if (same(a, g[a], p[a])) attrs.ok++;
        else notes.push(`${doc}: ${g.type} ${a}: gold ${JSON.stringify(g[a])} got ${JSON.stringify(p[a])}`);
      }
    }
    (pred.facts as Record<string, Field>[]).forEach((p, i) => {
      if (usedF.has(i) || !FACT_KEYS[p.type as string]) return;
      bump(facts, p.type as string).fp++;
      const { evidence: _e, ...shown } = p;
      notes.push(`${doc}: spurious fact ${JSON.stringify(shown)}`);
    });
  }
  const sum = (o: Record<string, Tally>) => Object.values(o).reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  const sorted = (o: Record<string, Tally>) => Object.fromEntries(Object.entries(o).sort().map(([k, t]) => [k, prf(t)]));
  return {
    documents: pairs.length, entities: sorted(ents), facts: sorted(facts),
    entitiesAll: prf(sum(ents)), factsAll: prf(sum(facts)),
    attributes: attrs.all ? attrs.ok / attrs.all : 0, notes,
  };
}

export function prf({ tp, fp, fn }: Tally): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

export function formatScore(s: Score): string {
  const row = (name: string, m: Prf) =>
    `${name.padEnd(12)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
  const lines = [`${s.documents} documents`, 'entities'];
  for (const [k, m] of Object.entries(s.entities)) lines.push(`  ${row(k, m)}`);
  lines.push('facts');
  for (const [k, m] of Object.entries(s.facts)) lines.push(`  ${row(k, m)}`);
  lines.push(`attributes of matched facts: ${(s.attributes * 100).toFixed(1)}% right`);
  lines.push(`entities F1 ${s.entitiesAll.f.toFixed(3)} · facts F1 ${s.factsAll.f.toFixed(3)} · attributes ${s.attributes.toFixed(3)}`);
  return lines.join('\n');
}
