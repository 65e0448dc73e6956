import type { Analysis, AnalyzedDocument } from '../../src/extract/analysis.js';
import { extractFacts } from '../../src/extract/index.js';
import type { Entity, EntityType, Fact, Mention } from '../../src/extract/model.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { findCounts, findDates, findMoney, findOrdinals } from '../../src/nlp/values/index.js';
import { analyze } from '../../src/pipeline.js';

/**
 * Test helpers for the fact extractors. A fixture is a short text of our own; its entities come
 * either from the real recognizer (`viaPipeline`) or from markup (`viaMarkup`), where
 * "[ORG Alliance numérique]" marks a mention and "[ORG AN=Alliance numérique]" a mention of the
 * entity named after "=", so a rule can be tested whatever the recognizer does.
 */
export interface Opts { lang?: 'fr' | 'en'; published?: string }

function doc(text: string, opts: Opts): AnalyzedDocument {
  return { id: 'fixture', title: null, published: opts.published ?? null, author: null, lang: opts.lang ?? 'fr', text };
}

const MARK = /\[(ORG|PER|LOC|EVENT|PROGRAM) ([^\]=]+?)(?:=([^\]]+))?\]/g;

export function viaMarkup(markup: string, opts: Opts = {}): Analysis {
  let text = '';
  let last = 0;
  const found: { start: number; end: number; type: EntityType; name: string }[] = [];
  for (const m of markup.matchAll(MARK)) {
    text += markup.slice(last, m.index);
    const start = text.length;
    text += m[2];
    found.push({ start, end: text.length, type: m[1] as EntityType, name: m[3] ?? m[2]! });
    last = m.index! + m[0].length;
  }
  text += markup.slice(last);
  const sentences = splitSentences(text, tokenize(text));
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = found.map((f) => {
    const id = `${f.type}:${f.name}`;
    const sentence = sentences.findIndex((s) => s.start <= f.start && f.end <= s.end);
    const mention: Mention = { start: f.start, end: f.end, text: text.slice(f.start, f.end), type: f.type, sentence, rule: 'markup', entity: id };
    const e = entities.get(id) ?? { id, type: f.type, name: f.name, aliases: [], mentions: [] };
    e.mentions.push(mention);
    entities.set(id, e);
    return mention;
  });
  const ref = opts.published;
  const values = { money: findMoney(text), counts: findCounts(text), dates: findDates(text, { ref }), ordinals: findOrdinals(text) };
  return { doc: doc(text, opts), sentences, mentions, entities: [...entities.values()], values };
}

export function viaPipeline(text: string, opts: Opts = {}): Analysis {
  return analyze(doc(text, opts));
}

/** Facts with entity ids replaced by entity names, without evidence: easy to compare. */
export type Named = Record<string, unknown>;

export function namedFacts(a: Analysis, facts: Fact[] = extractFacts(a)): Named[] {
  const name = (id: unknown) => a.entities.find((e) => e.id === id)?.name ?? id;
  return facts.map(({ evidence: _e, ...f }) => Object.fromEntries(
    Object.entries(f).map(([k, v]) => [k, Array.isArray(v) && k !== 'what' ? v.map(name) : typeof v === 'string' && a.entities.some((e) => e.id === v) ? name(v) : v]),
  ));
}

/** Does some fact have every field of `expected` (lists: same members, any order)? */
export function hasFact(facts: Named[], expected: Named): boolean {
  const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x) => b.includes(x))
    : a === b);
  return facts.some((f) => Object.entries(expected).every(([k, v]) => same(f[k], v)));
}

export const show = (facts: Named[]) => facts.map((f) => JSON.stringify(f)).join('\n');

/** One fixture: a text (markup or plain), the facts it must yield, the fact types it must not. */
export interface Row {
  text: string;
  lang?: 'fr' | 'en';
  published?: string;
  want?: Named[];
  none?: string[];
}

/** Checks every row; `build` makes the analysis (markup by default, the pipeline for plain text). */
export function checkRow(row: Row, build: (text: string, opts: Opts) => Analysis = viaMarkup): void {
  const facts = namedFacts(build(row.text, { lang: row.lang, published: row.published }));
  for (const want of row.want ?? []) {
    if (!hasFact(facts, want)) throw new Error(`missing ${JSON.stringify(want)}\ngot:\n${show(facts)}`);
  }
  for (const type of row.none ?? []) {
    const bad = facts.filter((f) => f.type === type);
    if (bad.length) throw new Error(`unexpected ${type}:\n${show(bad)}`);
  }
}
