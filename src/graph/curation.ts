import { strongKey, typedKey } from './keys.js';
import { sidesOf } from './nodes.js';
import type { Decision, Occurrence } from './types.js';

/** Why a curator's request cannot be carried out. */
export type CurationErrorCode = 'NOT_FOUND' | 'SAME_ENTITY' | 'TYPE_MISMATCH' | 'EMPTY_SELECTION' | 'WHOLE_SELECTION' | 'BAD_NAME';

export class CurationError extends Error {
  constructor(readonly code: CurationErrorCode, message: string) {
    super(message);
    this.name = 'CurationError';
  }
}

/** The keys a decision uses to name an entity: the strong keys of its occurrences. */
export function keysOf(members: Occurrence[]): string[] {
  return [...new Set(members.map(strongKey))].sort();
}

/**
 * Splits that keep `a` and `b` apart: merging them is the curator changing their mind, so the later
 * merge retires those splits (the latest decision about an entity wins).
 */
export function contradictedSplits(decisions: Decision[], a: Occurrence[], b: Occurrence[]): number[] {
  const splits = decisions.filter((d): d is Extract<Decision, { action: 'split' }> => d.action === 'split');
  const sides = (list: Occurrence[], d: (typeof splits)[number]) => new Set(list.map((o) => sidesOf(o, strongKey(o), [d]).get(d.id)));
  return splits
    .filter((d) => {
      const sa = sides(a, d);
      const sb = sides(b, d);
      return (sa.has('in') && sb.has('out')) || (sa.has('out') && sb.has('in'));
    })
    .map((d) => d.id);
}

/** Earlier renames of the same entity, replaced by a new one. */
export function supersededRenames(decisions: Decision[], keys: string[]): number[] {
  return decisions.filter((d) => d.action === 'rename' && d.keys.some((k) => keys.includes(k))).map((d) => d.id);
}

/** The occurrences a split takes away: those in `docs` or written as one of `names`. */
export function splitSelection(members: Occurrence[], docs: string[], names: string[]): { chosen: Occurrence[]; rest: Occurrence[] } {
  const wanted = new Set(names.map((n) => typedKey(members[0]?.type ?? '', n)));
  const chosen = members.filter((m) => docs.includes(m.doc) || wanted.has(typedKey(m.type, m.name)));
  return { chosen, rest: members.filter((m) => !chosen.includes(m)) };
}
