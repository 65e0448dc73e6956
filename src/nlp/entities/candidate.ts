import type { EntityType } from '../../extract/model.js';

/**
 * A span some rule believes names an entity: words [i, j) of sentence s.
 * Overlaps are settled by resolve.ts (longer first, then higher tier); grouping by corefer.ts.
 */
export interface Candidate {
  s: number;
  i: number;
  j: number;
  type: EntityType;
  rule: string;
  tier: number;
  /** Other surface forms this mention vouches for: "7e Salon des …", "incubateur Le Phare". */
  aliases?: string[];
  /** Another candidate naming the same entity (the acronym of a long form). */
  link?: Candidate;
  /** Tagger confidence, when the tagger found it. */
  score?: number;
  /** A mention nested inside this one, kept whenever this one is ("Matane" in "Ville de Matane"). */
  inner?: Candidate;
  /** The type is a default, not evidence ("Code à Rimouski (CAR)" has no head word): it votes weakly. */
  guess?: boolean;
  /** Types other rules gave the same span (they lost it in resolve.ts, but their word counts). */
  votes?: { type: EntityType; weight: number }[];
  /** The mention is only the first `chars` characters of its one word ("Ottawa" of "Ottawa-based"). */
  chars?: number;
}

/** How much a rule's span is trusted when spans overlap, and whether it can stand alone. */
export const TIER = {
  /** Long form of an acronym definition: both the extent and the type are well attested. */
  definition: 6,
  /** Head words, first names, title prefixes, cue nouns. */
  strong: 5,
  place: 4,
  /** Appositions, "(Ville)", "président de X". */
  context: 3,
  /** Capitalized sequences, acronyms, CamelCase words. */
  shape: 2,
  tagger: 1,
  /** A bare head word ("le Centre") or a repeated surname: kept only if it joins a named entity. */
  weak: 0,
} as const;

export const span = (c: Candidate) => c.j - c.i;
/** How much a candidate's type counts in its entity's vote: a default type counts little. */
export const weight = (c: Candidate) => (c.guess ? 1 : c.tier + 1);
export const overlaps = (a: Candidate, b: Candidate) => a.s === b.s && a.i < b.j && b.i < a.j;
