import type { FactRecord } from '../store/graph-types.js';
import type { Store } from '../store/store.js';
import { docIri, ENTITY_CLASS, entityIri, FACT_CLASS, FACT_PROPERTIES, factIri } from './schema-org.js';
import { idsOnly } from './fact-fields.js';
import { everything, type Sink } from './sink.js';

const CONTEXT = { '@vocab': 'https://schema.org/', veille: 'urn:veille:terms#' };

/**
 * The graph as one JSON-LD document with schema.org types: documents (NewsArticle), entities
 * (Organization, Person, Place, Event, GovernmentService) with the documents naming them (subjectOf),
 * and facts (MonetaryGrant, OrganizationRole, …), each based on Quotations of its source sentences.
 */
export function exportJsonLd(store: Store, out: Sink): void {
  out.write(`{"@context":${JSON.stringify(CONTEXT)},"@graph":[\n`);
  let first = true;
  const node = (n: object) => {
    out.write(`${first ? '' : ',\n'}${JSON.stringify(n)}`);
    first = false;
  };
  for (const d of everything((limit, offset) => store.graph.listDocuments({ limit, offset }))) {
    node({
      '@id': docIri(d.id), '@type': 'NewsArticle', identifier: d.id, headline: d.title ?? undefined,
      datePublished: d.published ?? undefined, inLanguage: d.lang, ...(/^https?:\/\//.test(d.id) ? { url: d.id } : {}),
    });
  }
  for (const e of everything((limit, offset) => store.graph.listEntities({ limit, offset }))) {
    const docs = [...everything((limit, offset) => store.graph.listDocuments({ entity: e.id, limit, offset }), 1000)];
    node({
      '@id': entityIri(e.id), '@type': ENTITY_CLASS[e.type], name: e.name, alternateName: e.aliases,
      'veille:entityType': e.type, subjectOf: docs.map((d) => ({ '@id': docIri(d.id) })),
    });
  }
  for (const f of everything((limit, offset) => store.graph.listFacts({ limit, offset }, Infinity))) node(factNode(f));
  out.write('\n]}\n');
}

function factNode(f: FactRecord): object {
  const fields = idsOnly(f);
  return {
    '@id': factIri(f.id),
    '@type': FACT_CLASS[f.type],
    'veille:factType': f.type,
    ...FACT_PROPERTIES[f.type](fields),
    ...(f.date ? { 'veille:date': f.date } : {}),
    'veille:fields': JSON.stringify(fields),
    isBasedOn: f.sources.map((s) => ({
      '@type': 'Quotation', text: s.text ?? undefined, isPartOf: { '@id': docIri(s.doc) },
      'veille:sentence': s.sentence ?? undefined, 'veille:rule': s.rule ?? undefined,
    })),
  };
}
