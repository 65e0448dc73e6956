import type { SourceDocument } from './ingest/document.js';
import type { Analysis, AnalyzedDocument } from './extract/analysis.js';
import { toFactsFile } from './extract/facts-file.js';
import { extractFacts } from './extract/index.js';
import type { Entity, Fact, FactsFile } from './extract/model.js';
import { optionalTagger, recognizeEntities } from './nlp/entities/index.js';
import { splitSentences } from './nlp/sentences.js';
import { tokenize } from './nlp/tokenize.js';
import { findCounts, findDates, findMoney, findOrdinals } from './nlp/values/index.js';

export interface Extraction {
  analysis: Analysis;
  entities: Entity[];
  facts: Fact[];
  /** The facts-format JSON (shared/spec/facts-format.md), each fact with its evidence. */
  file: FactsFile;
}

/** Text engine → entities → facts. Pure: no I/O, no store. */
export interface ExtractOptions {
  /** List each entity mention with its rule in the facts file. */
  explain?: boolean;
  /** Also consult the statistical NER tagger (off by default: see docs/ner.md). */
  tagger?: boolean;
}

export function extractDocument(doc: SourceDocument | AnalyzedDocument, opts: ExtractOptions = {}): Extraction {
  const analysis = analyze(doc, opts);
  const facts = extractFacts(analysis);
  const file = toFactsFile(doc, analysis.entities, facts, opts);
  return { analysis, entities: analysis.entities, facts, file };
}

export function analyze(doc: AnalyzedDocument, opts: Pick<ExtractOptions, 'tagger'> = {}): Analysis {
  const { text } = doc;
  const sentences = splitSentences(text, tokenize(text));
  const ref = doc.published ?? undefined;
  const values = { money: findMoney(text), counts: findCounts(text), dates: findDates(text, { ref }), ordinals: findOrdinals(text) };
  const { mentions, entities } = recognizeEntities(doc, sentences, { tagger: opts.tagger ? optionalTagger() : null });
  return { doc, sentences, mentions, entities, values };
}
