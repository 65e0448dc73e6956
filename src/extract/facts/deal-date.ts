import type { Context } from '../context.js';
import { hasTrigger, loadTriggers, triggerSource, type Triggers } from '../triggers.js';
import { pastDate } from './funding-context.js';

/**
 * When a deal happened: the sentence's own date; else a date the next sentences give it
 * ("à compter du 1er juillet", "L'accord a été conclu le 3 mai"); else the article's.
 * `triggers` holds the classes "effective" and "signed".
 */
export function dealDate(ctx: Context, si: number, triggers: Triggers): string | undefined {
  const own = pastDate(ctx, ctx.masked[si]!, loadTriggers('founded'));
  if (own) return own;
  for (const i of [si, si + 1, si + 2]) {
    const m = ctx.masked[i];
    if (!m || ctx.lineOf[i] !== ctx.lineOf[si] && i > si + 1) break;
    for (const cls of ['effective', 'signed']) {
      if (!hasTrigger(triggers, cls, m.text)) continue;
      const re = new RegExp(`(?:${triggerSource(triggers, cls)})[^⟦⟧]{0,40}?(?:⟦LOC#\\d+⟧[^⟦⟧]{0,10})?⟦DATE#(\\d+)⟧`);
      const hit = re.exec(m.text);
      const date = hit ? m.slots[Number(hit[1])]?.date : undefined;
      if (date && !date.end_iso) return date.iso;
    }
  }
  return ctx.a.doc.published ?? undefined;
}
