import type { Context } from './context.js';
import { evidence } from './context.js';
import type { Fact, FactType } from './model.js';
import { hits, type Hit, type Rule } from './pattern.js';

/** A fact with its evidence; fields left undefined, empty strings and empty lists are dropped. */
export function makeFact(type: FactType, fields: Record<string, unknown>, ev: Fact['evidence']): Fact {
  const kept = Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  return { type, ...Object.fromEntries(kept), evidence: ev } as Fact;
}

/** Runs rules over every sentence; `build` turns a hit into a fact (or null to reject it). */
export function runRules(
  ctx: Context, type: FactType, rules: readonly Rule[], build: (h: Hit) => Record<string, unknown> | null,
): Fact[] {
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    for (const r of rules) {
      for (const h of hits(r, m, ctx.text)) {
        const fields = build(h);
        if (fields) out.push(makeFact(type, fields, evidence(ctx, m.index, `${type}.${r.name}`)));
      }
    }
  }
  return out;
}

/** A value computed once, on first use (rules compile after the lexicons load). */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
