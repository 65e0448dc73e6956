import type { EntityType } from '../extract/model.js';

/** One document's entity, as the extractor grouped its mentions: the unit that resolution clusters. */
export interface Occurrence {
  id: number;
  doc: string;
  type: EntityType;
  /** Fullest form in that document. */
  name: string;
  aliases: string[];
}

/** Why two names were put in one entity. */
export type LinkReason = 'same-name' | 'alias' | 'acronym' | 'person-variant' | 'similar-name' | 'curator-merge';

/** One merge and its explanation, between two names of the entity. */
export interface Link {
  from: string;
  to: string;
  reason: LinkReason;
  detail: string;
}

/**
 * A curator's decision, stored and re-applied after every resolution. Entities are named by their
 * resolution keys (`TYPE|folded name`, see keys.ts) rather than row ids, which change on re-ingest.
 */
export type Decision =
  /** The entities holding `keys` and `into` are one. */
  | { id: number; action: 'merge'; keys: string[]; into: string[] }
  /** Of the entity holding `keys`, the occurrences in `docs` or named one of `names` are another entity. */
  | { id: number; action: 'split'; keys: string[]; docs: string[]; names: string[] }
  /** The entity holding `keys` is called `name`. */
  | { id: number; action: 'rename'; keys: string[]; name: string };

/** A resolved entity: its occurrences, the merges that joined them, and what was left unmerged. */
export interface Cluster {
  members: Occurrence[];
  type: EntityType;
  links: Link[];
  /** Merges not made, with why: « RELL » could be two different organizations. */
  notes: string[];
  /** A curator's name for it, if any. */
  rename: string | null;
}
