import type { Sentence } from '../nlp/sentences.js';
import type { Count, DateValue, Money, Ordinal } from '../nlp/values/index.js';
import type { Entity, Mention } from './model.js';

/** The document fields extraction reads. */
export interface AnalyzedDocument {
  id: string;
  title: string | null;
  published: string | null;
  author: string | null;
  lang: 'fr' | 'en';
  text: string;
}

/**
 * Everything the text engine and the entity recognizer know about one document,
 * handed to the fact extractors. All offsets are into `doc.text`.
 */
export interface Analysis {
  doc: AnalyzedDocument;
  sentences: Sentence[];
  /** Every entity mention, sorted by start, each with its `entity` id set. */
  mentions: Mention[];
  entities: Entity[];
  values: { money: Money[]; counts: Count[]; dates: DateValue[]; ordinals: Ordinal[] };
}
