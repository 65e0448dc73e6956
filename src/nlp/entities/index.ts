/**
 * Veille's entity recognizer: ORG, PER, LOC, EVENT and PROGRAM mentions with their full extents,
 * grouped into entities with a name and aliases.
 *
 * Small named rules propose candidate spans per sentence (acronym definitions, head words, persons,
 * places, cue nouns, contexts, shapes, the optional statistical tagger); resolve.ts settles overlaps;
 * repeats.ts finds later mentions of the names found; corefer.ts groups them; build.ts names them.
 */
import type { AnalyzedDocument } from '../../extract/analysis.js';
import type { Entity, Mention } from '../../extract/model.js';

import type { Sentence } from '../sentences.js';
import { addAuthor } from './author.js';
import { buildEntities } from './build.js';
import type { Candidate } from './candidate.js';
import { corefer, type Draft } from './corefer.js';
import { contentWords, foldKey } from './keys.js';
import { entityLexicons, type EntityLexicons } from './lexicon.js';
import { parenAliases } from './paren-alias.js';
import { repeats } from './repeats.js';
import { resolve } from './resolve.js';
import { acronymDefinitions } from './rules/acronyms.js';
import { contextNames } from './rules/contexts.js';
import { cueNames } from './rules/cues.js';
import { headNames } from './rules/head-names.js';
import { persons } from './rules/persons.js';
import { placeKey, places } from './rules/places.js';
import { shapeNames } from './rules/shapes.js';
import { taggerSpans } from './rules/tagger.js';
export { optionalTagger } from './rules/tagger.js';
import type { Tagger } from '../tagger/index.js';
import { makeView, type View } from './words.js';
import { match } from './lookup.js';

export interface RecognizeOptions {
  /**
   * The statistical tagger to consult (`optionalTagger()` loads data/models/ner-fr.bin); default null, rules
   * only: on all three dev/held-out sets the tagger's spans lower entity F1 (docs/ner.md), so it is opt-in.
   */
  tagger?: Tagger | null;
}

export function recognizeEntities(
  doc: AnalyzedDocument, sentences: Sentence[], opts: RecognizeOptions = {},
): { mentions: Mention[]; entities: Entity[] } {
  const lx = entityLexicons();
  const views = sentences.map((s, n) => makeView(s, n, lx));
  const tagger = opts.tagger ?? null;
  const kept = parenAliases(views, resolve(candidates(views, lx, doc.lang, tagger)), lx);
  const all = resolve([...kept, ...repeats(views, kept, lx)]);
  const drafts = all.map((c) => draft(doc.text, views[c.s]!, c, lx));
  const result = buildEntities(drafts, corefer(drafts));
  addAuthor(doc.author, result.entities, lx);
  return result;
}

/** Every rule's candidates, sentence by sentence. */
export function candidates(views: View[], lx: EntityLexicons, lang: 'fr' | 'en', tagger: Tagger | null = null): Candidate[] {
  const defs = views.map((v) => acronymDefinitions(v, lx));
  const common = new Set(defs.flatMap((d) => d.common));
  return views.flatMap((v, n) => [
    ...defs[n]!.candidates,
    ...headNames(v, lx, lang),
    ...persons(v, lx),
    ...places(v, lx),
    ...cueNames(v, lx, lang),
    ...contextNames(v, lx, lang),
    ...shapeNames(v, lx, lang, common),
    ...taggerSpans(v, lx, tagger),
  ]);
}

function draft(text: string, v: View, c: Candidate, lx: EntityLexicons): Draft {
  const start = v.words[c.i]!.start;
  const end = c.chars ? start + c.chars : v.words[c.j - 1]!.end;
  const surface = text.slice(start, end);
  return {
    c, text: surface, start, end, key: foldKey(surface), words: contentWords(surface),
    tokens: v.words.slice(c.i, c.j).filter((w) => !w.punct).map((w) => w.text),
    family: c.type === 'PER' ? 'PER' : c.type === 'LOC' ? 'LOC' : 'NAME',
    place: c.type === 'LOC' ? placeKey(surface, lx) : null,
    placeTail: c.type === 'ORG' && placeTail(v, c, lx),
    orgHeadFirst: c.type === 'ORG' && headOrPlaceFirst(v, c, lx),
    headFirst: (c.type === 'EVENT' && match(v, c.i, lx.base.eventHeads) !== null) || (c.type === 'PROGRAM' && match(v, c.i, lx.base.programHeads) !== null),
  };
}

function headOrPlaceFirst(v: View, c: Candidate, lx: EntityLexicons): boolean {
  const k = /^(?:la|le|les|l'|the)$/i.test(v.words[c.i]!.text) ? c.i + 1 : c.i;
  return match(v, k, lx.base.orgHeads) !== null || match(v, k, lx.base.places) !== null;
}

function placeTail(v: View, c: Candidate, lx: EntityLexicons): boolean {
  for (let k = c.i + 1; k < c.j; k++) {
    const m = v.words[k - 1]!.cap || v.words[k - 1]!.upper ? match(v, k, lx.base.places) : null;
    if (m && k + m.len === c.j) return true;
  }
  return false;
}
