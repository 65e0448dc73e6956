import type { Context } from './context.js';
import { MARKER, type Masked } from './masked.js';
import type { Slot, SlotKind } from './slots.js';
import { loadTriggers } from './triggers.js';

/**
 * The subject of a sentence, as rules need it for "son président", "lui accorde", "Its head
 * office": the first entity slot not governed by a preposition ("Aux prises avec …, Groupe
 * Alto cède" → Groupe Alto; "de l'ARQ" is a complement, not a subject).
 */
let preps: Set<string> | undefined;
let tail: RegExp | undefined;
/** A descriptive noun ending the text before a name: "groupe ", "firme de logiciels ". */
const descriptorTail = () => (tail ??= new RegExp(`(?:${(loadTriggers('grammar').get('descriptor') ?? []).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) $`));
const prepositions = () => (preps ??= new Set(loadTriggers('grammar').get('prep') ?? []));

export function subjectSlot(m: Masked, kinds: readonly SlotKind[] = ['ORG'], before = Infinity): Slot | undefined {
  MARKER.lastIndex = 0;
  for (const hit of m.text.matchAll(MARKER)) {
    if (hit.index! >= before) break;
    const slot = m.slots[Number(hit[2])]!;
    if (!kinds.includes(slot.kind)) continue;
    if (!isGoverned(m, slot)) return slot;
  }
  return undefined;
}

/** The subject of the nearest earlier sentence that has one (up to `back` sentences). */
export function previousSubject(ctx: Context, si: number, kinds: readonly SlotKind[] = ['ORG'], back = 3): Slot | undefined {
  for (let i = si - 1; i >= Math.max(0, si - back); i--) {
    const s = subjectSlot(ctx.masked[i]!, kinds);
    if (s) return s;
  }
  return undefined;
}

/** The nearest entity slot of these kinds before masked offset `at` in this sentence, else in earlier ones. */
export function nearestBefore(ctx: Context, si: number, at: number, kinds: readonly SlotKind[], back = 2): Slot | undefined {
  for (let i = si; i >= Math.max(0, si - back); i--) {
    const m = ctx.masked[i]!;
    const limit = i === si ? at : Infinity;
    const found = [...m.text.matchAll(MARKER)].filter((h) => h.index! < limit)
      .map((h) => m.slots[Number(h[2])]!).filter((s) => kinds.includes(s.kind));
    if (found.length) return found.at(-1);
  }
  return undefined;
}

/** Is the slot a complement ("du ministère", "of the university"), governed by a preposition? */
export function isGoverned(m: Masked, slot: Slot): boolean {
  const k = m.slots.indexOf(slot);
  const at = m.text.indexOf(`⟦${slot.kind}#${k}⟧`);
  if (at < 0) return false;
  // "du groupe Océanova", "de la firme X": a descriptive noun between the preposition and the name.
  const lead = m.text.slice(Math.max(0, at - 40), at).replace(/(?:l'|le |la |les |the )$/, '').replace(descriptorTail(), '').replace(/(?:l'|le |la |les |the )$/, '');
  const word = /([a-z']+)\s*$/.exec(lead)?.[1];
  return !!word && prepositions().has(word);
}

/**
 * Who "Elle" or "Il" opening a sentence is: the person subject of the sentence before, going
 * further back past sentences that themselves open with a pronoun ("Elle remplace X. Elle
 * entrera en fonction…": both are the person named before, not X).
 */
export function pronounAntecedent(ctx: Context, si: number, back = 3): Slot | undefined {
  for (let i = si - 1; i >= Math.max(0, si - back); i--) {
    const m = ctx.masked[i]!;
    if (/^(?:elle|il|she|he)\b/.test(m.text)) continue;
    const s = subjectSlot(m, ['PER']);
    if (s) return s;
  }
  return undefined;
}

/** The organization the article is most about: the most mentioned one. */
export function mainOrg(ctx: Context): Slot | undefined {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) if (m.type === 'ORG' && m.entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? { kind: 'ORG', start: 0, end: 0, text: '', entity: best[0] } : undefined;
}
