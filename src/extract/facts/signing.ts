import type { Context } from '../context.js';
import { MARKER, type Masked } from '../masked.js';
import { isLocality } from '../places.js';
import { hasTrigger, loadTriggers } from '../triggers.js';
import { placeOfName } from './place-of-name.js';

/**
 * Where and when an agreement was signed, when the text says it apart from the agreement:
 * "L'entente a été signée à Lyon le 3 mai", "paraphé au bureau de l'Ontario à Munich",
 * "À Gand, … la grappe X et l'agence Y y ont signé".
 */
export function signingSentence(ctx: Context, si: number, kind: string | undefined): number | undefined {
  const t = loadTriggers('partnership');
  const head = kind?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/)[0];
  if (!head) return undefined;
  for (let i = si + 1; i < Math.min(ctx.masked.length, si + 10); i++) {
    const m = ctx.masked[i]!;
    if (new RegExp(`^(?:le|la|l'|the) ?${head}\\b`).test(m.text) && hasTrigger(t, 'signed', m.text)) return i;
  }
  return undefined;
}

export function signingPlace(ctx: Context, si: number, later: number | undefined): string | undefined {
  const own = placeIn(ctx, ctx.masked[si]!) ?? (later !== undefined ? placeIn(ctx, ctx.masked[later]!) : undefined);
  if (own) return own;
  const m = ctx.masked[si]!;
  const prev = ctx.masked[si - 1];
  if (prev && hasTrigger(loadTriggers('partnership'), 'there', m.text)) return placeIn(ctx, prev, true);
  return undefined;
}

/** "signé à Lyon", "au bureau de l'Ontario à Munich"; with `opening`, also "À Gand, …". */
function placeIn(ctx: Context, m: Masked, opening = false): string | undefined {
  for (const hit of m.text.matchAll(MARKER)) {
    const slot = m.slots[Number(hit[2])]!;
    const lead = m.text.slice(Math.max(0, hit.index! - 4), hit.index!);
    const after = /^(?:a |au |in |at )$/.test(lead.slice(-3)) || /(?:^| )(?:a|au|in|at) $/.test(lead);
    if (slot.kind === 'LOC' && slot.entity && after && isLocality(slot.text) && (opening || hit.index! > 0)) {
      if (!opening || hit.index! < 4) return slot.entity;
    }
    if (!opening && slot.kind === 'ORG' && after) {
      const named = placeOfName(ctx, slot.entity);
      if (named) return named;
    }
  }
  return undefined;
}
