import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import { foldText } from '../fold-map.js';
import { MARKER } from '../masked.js';
import type { Fact } from '../model.js';
import { mainOrg, previousSubject, subjectSlot } from '../subjects.js';
import { triggerSource } from '../triggers.js';
import { roleTriggers, singularTitle } from './role-parts.js';

/**
 * New board members listed after a colon: "Deux nouveaux administrateurs se joignent au conseil :
 * Karim Benali, directeur de X, et Mélanie Côté, enseignante au cégep." Each person who opens an
 * item of the list joins the board of the sentence's organization (else the one before, else the
 * article's). The title is the list's noun, in the singular.
 */
const patterns = lazy(() => {
  const nouns = new RegExp(triggerSource(roleTriggers(), 'board-list'));
  // The noun may sit in a count: "Deux nouveaux administrateurs" is ⟦COUNT⟧.
  return { nouns, heading: new RegExp(`(?:(?<noun>${nouns.source})|⟦COUNT#(?<c>\\d+)⟧)[^:⟦⟧]{0,80}: `) };
});

export function boardLists(ctx: Context): Fact[] {
  const { nouns, heading } = patterns();
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    const head = heading.exec(m.text);
    if (!head) continue;
    const count = head.groups!.c !== undefined ? foldText(m.slots[Number(head.groups!.c)]?.text ?? '') : undefined;
    const noun = head.groups!.noun ?? (count !== undefined ? nouns.exec(count)?.[0] : undefined);
    if (!noun) continue;
    const colon = head.index + head[0].length;
    const org = subjectSlot(m, ['ORG'], colon) ?? previousSubject(ctx, m.index, ['ORG'], 2) ?? mainOrg(ctx);
    if (!org?.entity) continue;
    const title = singular(noun);
    for (const hit of m.text.slice(colon).matchAll(MARKER)) {
      const at = colon + hit.index!;
      if (hit[1] !== 'PER' || !/(?:^|, et |, and | et | and |; )$/.test(m.text.slice(colon, at))) continue;
      const per = m.slots[Number(hit[2])]!;
      if (per.entity) out.push(makeFact('role', { person: per.entity, org: org.entity, title, status: 'incoming' }, evidence(ctx, m.index, 'role.board-list')));
    }
  }
  return out;
}

/** "nouveaux administrateurs" → "administrateur", "new directors" → "director". */
function singular(noun: string): string {
  return singularTitle(noun.split(' ').filter((w) => !/^(?:nouveaux|nouvelles|new)$/.test(w)).join(' '));
}
