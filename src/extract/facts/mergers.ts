import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import type { Masked } from '../masked.js';
import type { Fact } from '../model.js';
import { loadTriggers, triggerSource } from '../triggers.js';

/**
 * A merger into a new body: "les membres des deux associations ont approuvé leur fusion au sein
 * d'une nouvelle organisation, Connexion X", "A and B voted to merge into a single organization,
 * C". Each party hands itself over to the new body (a transfer from each); the parties are the
 * organizations the sentence names before the merger, else those of a sentence just before.
 * The date is the one the sentence gives after the new name ("verra le jour le 1er juin").
 */
const pattern = lazy(() => new RegExp(`(?:${triggerSource(loadTriggers('transfer'), 'merge-into')})(?:[^⟦⟧,.;]{0,50}?,)? (?:l'|le |la |the )?⟦ORG#(\\d+)⟧`, 'g'));

export function mergers(ctx: Context): Fact[] {
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    if (!/fusion|merg/.test(m.text)) continue;
    for (const hit of m.text.matchAll(pattern())) {
      const to = m.slots[Number(hit[1])]?.entity;
      if (!to) continue;
      const parties = orgsBefore(m, hit.index!, to) ?? earlierPair(ctx, m.index, to);
      if (!parties) continue;
      const date = dateAfter(m, hit.index! + hit[0].length) ?? ctx.a.doc.published ?? undefined;
      for (const from of parties) out.push(makeFact('transfer', { from, to, date }, evidence(ctx, m.index, 'transfer.merge-into')));
    }
  }
  return out;
}

/** The organizations named before `at` (two or more), the new body left out. */
function orgsBefore(m: Masked, at: number, to: string): string[] | undefined {
  const ids = [...new Set(m.slots.filter((s, k) => s.kind === 'ORG' && s.entity && s.entity !== to && m.text.indexOf(`⟦ORG#${k}⟧`) < at).map((s) => s.entity!))];
  return ids.length >= 2 ? ids : undefined;
}

/** "Le Réseau A et B ne feront bientôt plus qu'un. … leur fusion au sein de C": the pair named just before. */
function earlierPair(ctx: Context, si: number, to: string): string[] | undefined {
  for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
    const m = ctx.masked[i]!;
    const ids = [...new Set(m.slots.filter((s) => s.kind === 'ORG' && s.entity && s.entity !== to).map((s) => s.entity!))];
    if (ids.length >= 2) return ids;
  }
  return undefined;
}

function dateAfter(m: Masked, from: number): string | undefined {
  const k = /⟦DATE#(\d+)⟧/.exec(m.text.slice(from));
  const d = k ? m.slots[Number(k[1])]?.date : undefined;
  return d && !d.end_iso ? d.iso : undefined;
}
