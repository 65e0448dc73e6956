import type { EntityType, FactType } from '../extract/model.js';

/** One page of a list: every list Veille returns (CLI --json, API) has this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageOptions {
  limit?: number;
  offset?: number;
}

export interface EntityRef {
  id: number;
  name: string;
  type: EntityType;
}

export interface EntitySummary extends EntityRef {
  /** Other spellings and aliases, most used first. */
  aliases: string[];
  documents: number;
  mentions: number;
  factCount: number;
}

/** An article reporting a fact, and the sentence that says it. */
export interface SourceRef {
  doc: string;
  title: string | null;
  published: string | null;
  sentence: number | null;
  start: number | null;
  end: number | null;
  text: string | null;
  rule: string | null;
}

/** A fact with its entity fields expanded to references (lists to lists of references). */
export interface FactRecord {
  id: number;
  type: FactType;
  /** The fact's own date, else its earliest source's publication date (see dateBasis). */
  date: string | null;
  dateBasis: 'fact' | 'article' | null;
  fields: Record<string, unknown>;
  sourceCount: number;
  sources: SourceRef[];
}

export interface FactFilter extends PageOptions {
  type?: FactType;
  entity?: number;
  /** ISO date prefix: "2020", "2020-06". */
  from?: string;
  to?: string;
}

/** One article's statement of a role, for « roles over time ». */
export interface RoleReport {
  fact: number;
  person: EntityRef | null;
  org: EntityRef | null;
  title: string | null;
  status: string | null;
  /** The article's date. */
  date: string | null;
  doc: string;
}

export interface MoneyTotal {
  currency: string | null;
  total: number;
  facts: number;
}

export interface EntityProfile extends EntitySummary {
  names: { name: string; documents: number }[];
  /** Why its names were merged, and merges declined (reason "not-merged"). */
  resolution: { from: string; to: string; reason: string; detail: string }[];
  facts: Partial<Record<FactType, FactRecord[]>>;
  /** Facts in the profile / facts in all: long profiles are cut (GET /api/facts?entity=ID pages through all). */
  factsShown: number;
  roles: RoleReport[];
  funding: { received: MoneyTotal[]; given: MoneyTotal[] };
  partners: { entity: EntityRef; facts: number }[];
  recentDocuments: { id: string; title: string | null; published: string | null }[];
}

export interface SearchHit {
  doc: string;
  title: string | null;
  published: string | null;
  lang: string;
  /** bm25: lower is better. */
  score: number;
  snippet: string;
  /** [start, end) of matched words within the snippet. */
  marks: [number, number][];
}

export interface SpanRef {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  rule: string;
  entity: EntityRef | null;
}

export interface GraphNode extends EntityRef {
  documents: number;
  /** Hops from the centre. */
  depth: number;
}

export interface GraphEdge {
  id: string;
  source: number;
  target: number;
  type: FactType;
  label: string;
  fact: number;
  sources: number;
}

export interface Neighbourhood {
  centre: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when node or fact caps cut the neighbourhood. */
  truncated: boolean;
}

export type FundingAxis = 'funder' | 'program' | 'recipient' | 'year';

export interface FundingRow extends MoneyTotal {
  /** The funder, program or recipient; null for `year` rows and for facts without one. */
  entity: EntityRef | null;
  year: string | null;
}

export interface GraphStats {
  documents: number;
  extracted: number;
  entities: { total: number; byType: Record<string, number> };
  facts: { total: number; byType: Record<string, number> };
  sources: number;
  mentions: number;
  decisions: number;
  funding: { total: MoneyTotal[]; byFunder: FundingRow[]; byProgram: FundingRow[]; byYear: FundingRow[] };
}
