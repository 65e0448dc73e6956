import type { AnalyzedDocument } from '../../../src/extract/analysis.js';
import type { Entity } from '../../../src/extract/model.js';
import { recognizeEntities } from '../../../src/nlp/entities/index.js';
import { splitSentences } from '../../../src/nlp/sentences.js';
import { tokenize } from '../../../src/nlp/tokenize.js';

export function doc(text: string, extra: Partial<AnalyzedDocument> = {}): AnalyzedDocument {
  return { id: 'test', title: null, published: null, author: null, lang: 'fr', text, ...extra };
}

export function entitiesOf(text: string, extra: Partial<AnalyzedDocument> = {}): Entity[] {
  const d = doc(text, extra);
  return recognizeEntities(d, splitSentences(d.text, tokenize(d.text))).entities;
}

/** "ORG Association québécoise des technologies" for each entity, in order. */
export const labels = (entities: Entity[]) => entities.map((e) => `${e.type} ${e.name}`);
