import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../../src/ingest/document.js';
import type { Entity, EntityType, Fact, Mention } from '../../src/extract/model.js';
import type { DocumentGraph } from '../../src/store/graph-writer.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite-store.js';

const dir = fileURLToPath(new URL('../fixtures/graph/', import.meta.url));

interface FixtureFile {
  doc: { id: string; title: string; published: string; lang: 'fr' | 'en'; text: string };
  entities: { id: string; type: EntityType; name: string; aliases?: string[]; mentions: string[] }[];
  facts: ({ type: Fact['type']; evidence: string } & Record<string, unknown>)[];
}

export interface GraphFixture {
  doc: SourceDocument;
  graph: DocumentGraph;
}

/** test/fixtures/graph/*.json as stored documents and the extraction a perfect extractor would give. */
export function loadGraphFixtures(): GraphFixture[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => toFixture(JSON.parse(readFileSync(dir + f, 'utf8')) as FixtureFile));
}

export function toFixture(file: FixtureFile): GraphFixture {
  const { id, title, published, lang, text } = file.doc;
  const hash = createHash('sha256').update(`${title}\n${published}\n${text}`).digest('hex');
  const doc: SourceDocument = { id, source: `${id}.txt`, title, published, author: null, lang, text, hash };
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const sentenceAt = (offset: number) => Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));
  const entities: Entity[] = file.entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [],
    mentions: e.mentions.flatMap((m) => spans(text, m).map((start): Mention => ({
      start, end: start + m.length, text: m, type: e.type, sentence: sentenceAt(start), rule: 'fixture', entity: e.id,
    }))),
  }));
  const facts: Fact[] = file.facts.map(({ evidence, ...f }) => {
    const at = text.indexOf(evidence);
    if (at < 0) throw new Error(`${id}: evidence « ${evidence} » not in the text`);
    const s = sentences[sentenceAt(at)]!;
    return { ...f, evidence: { doc: id, sentence: sentenceAt(at), start: s.start, end: s.end, text: text.slice(s.start, s.end).trim(), rule: 'fixture' } };
  });
  return { doc, graph: { entities, facts } };
}

function spans(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  if (out.length === 0) throw new Error(`mention « ${needle} » not in the text`);
  return out;
}

/** A store at `path` holding the fixtures, ingested in one transaction as `veille ingest` does. */
export function fixtureStore(path: string, fixtures = loadGraphFixtures()): SqliteStore {
  const store = openSqliteStore(path);
  store.transaction(() => {
    for (const f of fixtures) store.upsertDocument(f.doc);
    store.graph.saveExtractions(fixtures.map((f) => ({ docId: f.doc.id, graph: f.graph })));
  });
  return store;
}
