/**
 * What extraction produces for one document. The public JSON shape (`FactsFile`) follows
 * shared/spec/facts-format.md; the in-memory shapes add the spans and reasons behind each item,
 * so that `veille extract --explain` and the store can show why Veille believes it.
 */
export type EntityType = 'ORG' | 'PER' | 'LOC' | 'EVENT' | 'PROGRAM';
export const ENTITY_TYPES: readonly EntityType[] = ['ORG', 'PER', 'LOC', 'EVENT', 'PROGRAM'];

/** One occurrence of an entity in the clean text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Index of the sentence holding it. */
  sentence: number;
  /** The rule or model that found it, e.g. "tagger", "org-head", "acronym-def". */
  rule: string;
  /** Id of the entity it refers to, once mentions are grouped. */
  entity?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Fullest form in the text. */
  name: string;
  /** Other forms the text uses: acronyms, short forms. */
  aliases: string[];
  mentions: Mention[];
}

/** Where a fact came from: the sentence, its index, and its span in the clean text. */
export interface Evidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export type FactType =
  | 'role' | 'funding' | 'transfer' | 'partnership' | 'mission' | 'event'
  | 'members' | 'office' | 'located' | 'founded' | 'part_of' | 'program';

/** A fact: its type, entity-id and value fields as in the spec, and its evidence. */
export interface Fact {
  type: FactType;
  [field: string]: unknown;
  evidence: Evidence;
}

/** The facts-format JSON for one document. */
export interface FactsFile {
  doc: string;
  published?: string;
  entities: { id: string; type: EntityType; name: string; aliases?: string[]; mentions?: Pick<Mention, 'start' | 'end' | 'text' | 'rule'>[] }[];
  facts: { type: FactType; [field: string]: unknown; evidence?: Evidence }[];
}
