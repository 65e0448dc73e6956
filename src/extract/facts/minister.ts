import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { makeFact } from '../fact.js';
import { foldText } from '../fold-map.js';
import { MARKER } from '../masked.js';
import type { Fact } from '../model.js';
import type { Slot } from '../slots.js';

/**
 * A minister's title names the ministry: "le ministre de l'Économie et de l'Innovation, Pierre
 * Fitzgibbon" holds a post at the "ministère de l'Économie et de l'Innovation" when the article
 * names that ministry. Titles read from the article's words up to the person's name.
 */
const MINISTER = /^(?:la |le )?(?:ministre|minister)(?: (?:déléguée?|responsable|fédérale?|provinciale?|of state))?\s+/iu;

const PORTFOLIO = /^((?:[^⟦⟧]|⟦ORG#\d+⟧){0,90}?),\s*(?:(?:m|mme|mr|mrs|ms|dr|dre|l'honorable|the honourable|honourable)\.?\s+)?$/;

export function ministryOf(ctx: Context, title: string): Slot['entity'] {
  if (!MINISTER.test(title)) return undefined;
  const portfolio = title.replace(MINISTER, '');
  if (!/^(?:de |du |des |d'|d’|of |for )/iu.test(portfolio)) return undefined;
  const wanted = new Set([foldText(`ministère ${portfolio}`), foldText(`ministry ${portfolio}`), foldText(`department ${portfolio}`)]);
  return ctx.a.entities.find((e) => e.type === 'ORG' && [e.name, ...e.aliases].some((n) => wanted.has(foldText(n))))?.id;
}

/** "le ministre de X, Pierre Roy" and "Pierre Roy, ministre de X,": a role at the ministry the text names. */
export function ministerRoles(ctx: Context): Fact[] {
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    const marks = [...m.text.matchAll(MARKER)];
    marks.forEach((hit, n) => {
      const slot = m.slots[Number(hit[2])]!;
      if (slot.kind !== 'TITLE' || slot.title?.code !== 'minister') return;
      // The person right after (", ⟦PER⟧") or right before ("⟦PER⟧, ").
      const after = marks.slice(n + 1).find((x) => x[1] === 'PER');
      const before = marks[n - 1];
      let per: Slot | undefined;
      let end: number;
      const from = hit.index! + hit[0].length;
      // ", de la Science et de l'Innovation, Mme " before the name: the rest of the portfolio, an honorific.
      const gap = after ? PORTFOLIO.exec(m.text.slice(from, after.index!)) : null;
      if (after && gap) {
        per = m.slots[Number(after[2])];
        end = gap[1]!.length ? m.map[from + gap[1]!.length - 1]! + 1 : slot.end;
      } else if (before?.[1] === 'PER' && /^, (?:la |le )?$/.test(m.text.slice(before.index! + before[0].length, hit.index!))) {
        per = m.slots[Number(before[2])];
        const close = /^[^,;.()]*/.exec(ctx.text.slice(slot.start))![0];
        end = slot.start + close.length;
      } else return;
      const title = ctx.text.slice(slot.start, end).trim().replace(/[,;]$/, '');
      const org = ministryOf(ctx, title);
      if (per?.entity && org) out.push(makeFact('role', { person: per.entity, org, title, status: 'current' }, evidence(ctx, m.index, 'role.minister')));
    });
  }
  return out;
}
