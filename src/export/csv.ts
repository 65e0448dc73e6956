import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeFact } from '../graph/describe-fact.js';
import { entityRefs } from '../graph/fact-keys.js';
import type { EntityRef, FactRecord } from '../store/graph-types.js';
import type { Store } from '../store/store.js';
import { everything, fileSink, type Sink } from './sink.js';

/** One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends it. */
export function csvLine(values: unknown[]): string {
  return `${values.map((v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  }).join(',')}\r\n`;
}

/** Fact fields with entity references back to ids, as stored: the `fields` column. */
function rawFields(f: FactRecord): string {
  const plain = Object.fromEntries(Object.entries(f.fields).map(([k, v]) => [k, Array.isArray(v) ? v.map(idOf) : idOf(v)]));
  return JSON.stringify(plain);
}

function idOf(v: unknown): unknown {
  return v && typeof v === 'object' && 'id' in v ? (v as EntityRef).id : v;
}

/**
 * Tables for a spreadsheet or a database, in folder `dir`: entities.csv, facts.csv (fields as JSON
 * with entity ids), fact_entities.csv (which entity plays which part in which fact), sources.csv (each
 * article reporting each fact, with the sentence) and documents.csv.
 */
export function exportCsvTables(store: Store, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = ['entities', 'facts', 'fact_entities', 'sources', 'documents'].map((n) => join(dir, `${n}.csv`));
  const [entities, facts, links, sources, docs] = files.map(fileSink) as [Sink, Sink, Sink, Sink, Sink];
  entities.write(csvLine(['id', 'type', 'name', 'aliases', 'documents', 'mentions', 'facts']));
  for (const e of everything((limit, offset) => store.graph.listEntities({ limit, offset }))) {
    entities.write(csvLine([e.id, e.type, e.name, e.aliases.join(' | '), e.documents, e.mentions, e.factCount]));
  }
  facts.write(csvLine(['id', 'type', 'date', 'date_basis', 'summary', 'amount', 'currency', 'source_count', 'fields']));
  links.write(csvLine(['fact_id', 'role', 'entity_id', 'entity_name']));
  sources.write(csvLine(['fact_id', 'doc', 'published', 'title', 'sentence', 'start', 'end', 'text', 'rule']));
  for (const f of everything((limit, offset) => store.graph.listFacts({ limit, offset }, Infinity))) {
    facts.write(csvLine([f.id, f.type, f.date, f.dateBasis, describeFact(f.type, f.fields), f.fields.amount, f.fields.currency, f.sourceCount, rawFields(f)]));
    const raw = JSON.parse(rawFields(f)) as Record<string, unknown>;
    for (const r of entityRefs(f.type, raw)) links.write(csvLine([f.id, r.role, r.id, nameIn(f, r.id)]));
    for (const s of f.sources) sources.write(csvLine([f.id, s.doc, s.published, s.title, s.sentence, s.start, s.end, s.text, s.rule]));
  }
  docs.write(csvLine(['id', 'title', 'published', 'lang', 'version']));
  for (const d of everything((limit, offset) => store.graph.listDocuments({ limit, offset }))) {
    docs.write(csvLine([d.id, d.title, d.published, d.lang, d.version]));
  }
  for (const s of [entities, facts, links, sources, docs]) s.close();
  return files;
}

function nameIn(f: FactRecord, id: number): string {
  for (const v of Object.values(f.fields)) {
    for (const x of Array.isArray(v) ? v : [v]) if (idOf(x) === id && typeof x === 'object') return (x as EntityRef).name;
  }
  return '';
}

/** One CSV of facts for a pipe: summary, entities, amount, the reporting documents and the first sentence. */
export function exportFactsCsv(store: Store, out: Sink): void {
  out.write(csvLine(['id', 'type', 'date', 'summary', 'entities', 'amount', 'currency', 'source_count', 'sources', 'evidence']));
  for (const f of everything((limit, offset) => store.graph.listFacts({ limit, offset }, Infinity))) {
    const raw = JSON.parse(rawFields(f)) as Record<string, unknown>;
    const names = [...new Set(entityRefs(f.type, raw).map((r) => nameIn(f, r.id)))];
    out.write(csvLine([
      f.id, f.type, f.date, describeFact(f.type, f.fields), names.join(' | '), f.fields.amount, f.fields.currency,
      f.sourceCount, f.sources.map((s) => s.doc).join(' | '), f.sources[0]?.text,
    ]));
  }
}
