/**
 * Overlapping candidates: in each sentence, candidates are taken longest first (a higher tier breaks
 * ties: a person beats a capitalized run of the same words, any rule beats the tagger); weak ones
 * only fill what is left. A span that loses to the same span keeps a vote on its type.
 */
import { overlaps, span, TIER, weight, type Candidate } from './candidate.js';

// An acronym's long form is the best attested extent; the tagger competes with shape-only names on
// length and never beats a head-word, person or place span of the same length.
const rank = (c: Candidate) => (c.tier === TIER.definition ? 2 : c.tier >= TIER.tagger ? 1 : 0);

export function resolve(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) =>
    a.s - b.s || rank(b) - rank(a) || span(b) - span(a) || b.tier - a.tier || (b.score ?? 0) - (a.score ?? 0) || a.i - b.i);
  const kept: Candidate[] = [];
  let from = 0;
  for (const c of sorted) {
    while (from < kept.length && kept[from]!.s < c.s) from++;
    let clash = false;
    for (let k = from; k < kept.length && !clash; k++) {
      const other = kept[k]!;
      clash = overlaps(other, c);
      if (clash && other.i === c.i && other.j === c.j && c.tier >= TIER.tagger) (other.votes ??= []).push({ type: c.type, weight: weight(c) });
    }
    if (!clash) kept.push(c);
  }
  const inner = kept.flatMap((c) => (c.inner ? [c.inner] : []));
  return [...kept, ...inner].sort((a, b) => a.s - b.s || a.i - b.i);
}
