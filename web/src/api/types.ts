// The API answers with the store's own shapes: one definition for server and client (types only, erased at build).
export type {
  EntityProfile, EntityRef, EntitySummary, FactRecord, FundingAxis, FundingRow, GraphEdge, GraphNode, GraphStats, MoneyTotal,
  Neighbourhood, Page, RoleReport, SearchHit, SourceRef, SpanRef,
} from '../../../src/store/graph-types.js';
export type { DocumentView } from '../../../src/store/queries/documents.js';
export type { DocumentSummary } from '../../../src/store/store.js';
export type { EntityType, FactType } from '../../../src/extract/model.js';

export const ENTITY_TYPES = ['ORG', 'PER', 'LOC', 'EVENT', 'PROGRAM'] as const;
export const FACT_TYPES = [
  'role', 'funding', 'transfer', 'partnership', 'mission', 'event', 'members', 'office', 'located', 'founded', 'part_of', 'program',
] as const;
