import type { EntityType } from '../extract/model.js';
import type { CurationResult } from './curation.js';
import type { StoredDecision } from './decisions.js';
import type {
  EntityProfile, EntityRef, EntitySummary, FactFilter, FactRecord, FundingAxis, FundingRow, GraphStats, Neighbourhood, Page,
  PageOptions, SearchHit,
} from './graph-types.js';
import type { DocumentGraph } from './graph-writer.js';
import type { DocumentView } from './queries/documents.js';
import type { EntityFilter } from './queries/entities.js';
import type { ResolveSummary } from './resolve.js';
import type { DocumentSummary } from './store.js';

/**
 * The knowledge graph side of the store: writing extractions, resolving entities, curating them,
 * and every read the CLI, the API and the exports make. Synchronous, like the Store it belongs to.
 */
export interface GraphStore {
  /** True when the document is new, changed, or its current version was never extracted. */
  needsExtraction(doc: { id: string; hash: string }): boolean;
  /**
   * Replaces these documents' mentions and fact reports, then resolves entities and facts once for
   * all of them. Documents must be stored (upsertDocument) first; run both in one transaction.
   */
  saveExtractions(items: { docId: string; graph: DocumentGraph }[]): ResolveSummary;
  /** Re-resolves every entity and fact from the stored extractions and decisions. */
  rebuild(): ResolveSummary;
  /** Changes whenever the stored data changes, whoever wrote it: lets readers cache answers safely. */
  changeToken(): string;

  search(query: string, page?: PageOptions): Page<SearchHit>;
  listEntities(filter?: EntityFilter): Page<EntitySummary>;
  getEntity(id: number): EntitySummary | null;
  /** Entities with a name or alias folding like `name`, most documented first. */
  findEntities(name: string, type?: EntityType): EntityRef[];
  profile(id: number, factLimit?: number): EntityProfile | null;
  /** `sourcesPerFact` caps the sources listed with each fact (sourceCount has them all). */
  listFacts(filter?: FactFilter, sourcesPerFact?: number): Page<FactRecord>;
  listDocuments(page?: PageOptions & { entity?: number }): Page<DocumentSummary>;
  document(id: string): DocumentView | null;
  neighbourhood(id: number, depth?: 1 | 2, maxNodes?: number): Neighbourhood | null;
  stats(): GraphStats;
  fundingTotals(by: FundingAxis, opts?: PageOptions & { from?: string; to?: string }): Page<FundingRow>;

  merge(into: number, from: number): CurationResult;
  split(entity: number, selection: { docs?: string[]; names?: string[] }): CurationResult;
  rename(entity: number, name: string): CurationResult;
  decisions(): StoredDecision[];
}
