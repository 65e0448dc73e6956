/**
 * Scores the fact extractors alone: entity mentions come from the GOLD entities (each gold name
 * or alias found in the text, folded match; a person also by surname), so the figures say what
 * the fact rules do with perfect entities.
 *
 *   node --import tsx scripts/facts-oracle.ts --gold DIR PATH... [--verbose] [--type role]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/extract/analysis.js';
import { appendFolded, foldText, type Folded } from '../src/extract/fold-map.js';
import { factsFileName, toFactsFile } from '../src/extract/facts-file.js';
import { extractFacts } from '../src/extract/index.js';
import type { Entity, FactsFile, Mention } from '../src/extract/model.js';
import { formatScore, score } from '../src/eval/score.js';
import { IngestError, readSources, type SourceDocument } from '../src/ingest/index.js';
import { splitSentences, type Sentence } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { findCounts, findDates, findMoney, findOrdinals } from '../src/nlp/values/index.js';

const PREFIXES = ['M.', 'Mme', 'Mr.', 'Ms.', 'Mrs.', 'Dr', 'Dre', 'Dr.'];

/** Every occurrence of a folded form in the folded text, on word boundaries. */
function occurrences(folded: Folded, form: string): [number, number][] {
  const out: [number, number][] = [];
  if (!form) return out;
  for (let i = folded.text.indexOf(form); i >= 0; i = folded.text.indexOf(form, i + 1)) {
    const before = folded.text[i - 1] ?? ' ';
    const after = folded.text[i + form.length] ?? ' ';
    if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) continue;
    out.push([folded.map[i]!, folded.map[i + form.length - 1]! + 1]);
  }
  return out;
}

function goldMentions(text: string, gold: FactsFile, sentences: Sentence[]): { mentions: Mention[]; entities: Entity[] } {
  const folded: Folded = { text: '', map: [] };
  appendFolded(folded, text, 0, text.length);
  const found: Mention[] = [];
  for (const e of gold.entities) {
    const forms = new Set([e.name, ...(e.aliases ?? [])].map(foldText));
    const surname = e.type === 'PER' ? e.name.split(/\s+/).slice(1).join(' ') : '';
    for (const form of forms) {
      for (const [start, end] of occurrences(folded, form)) {
        found.push({ start, end, text: text.slice(start, end), type: e.type, sentence: 0, rule: 'oracle', entity: e.id });
      }
    }
    if (surname) {
      for (const [start, end] of occurrences(folded, foldText(surname))) {
        if (!/^\p{Lu}/u.test(text.slice(start, end))) continue;
        const before = text.slice(Math.max(0, start - 5), start).trim();
        const from = PREFIXES.find((p) => before.endsWith(p)) ? text.lastIndexOf(before.split(/\s+/).at(-1)!, start) : start;
        found.push({ start: from, end, text: text.slice(from, end), type: 'PER', sentence: 0, rule: 'oracle-surname', entity: e.id });
      }
    }
  }
  // Longest first, no overlaps: "bureau de l'Ontario à Munich" hides "Munich".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  for (const m of kept) m.sentence = Math.max(0, sentences.findIndex((s) => s.start <= m.start && m.end <= s.end));
  const entities: Entity[] = gold.entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, aliases: e.aliases ?? [], mentions: kept.filter((m) => m.entity === e.id),
  }));
  return { mentions: kept, entities };
}

export function oracleAnalysis(doc: SourceDocument, gold: FactsFile): Analysis {
  const text = doc.text;
  const sentences = splitSentences(text, tokenize(text));
  const ref = doc.published ?? undefined;
  const values = { money: findMoney(text), counts: findCounts(text), dates: findDates(text, { ref }), ordinals: findOrdinals(text) };
  return { doc, sentences, values, ...goldMentions(text, gold, sentences) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
  const goldDir = flag('--gold');
  const only = flag('--type');
  const verbose = args.includes('--verbose');
  const paths = args.filter((x) => !x.startsWith('--'));
  if (!goldDir || !existsSync(goldDir) || !paths.length) {
    console.error('usage: facts-oracle.ts --gold DIR PATH... [--verbose] [--type TYPE]');
    process.exit(2);
  }
  const golds = new Map(readdirSync(goldDir).filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as FactsFile]));
  const pairs = [];
  for await (const doc of readSources(paths)) {
    if (doc instanceof IngestError) { console.error(doc.message); continue; }
    const gold = golds.get(factsFileName(doc.id));
    if (!gold) continue;
    const a = oracleAnalysis(doc, gold);
    const file = toFactsFile(doc, a.entities, extractFacts(a));
    const keep = <T extends { type: string }>(fs: T[]) => (only ? fs.filter((f) => f.type === only) : fs);
    pairs.push({ doc: gold.doc, gold: { ...gold, facts: keep(gold.facts) }, pred: { ...file, facts: keep(file.facts) } });
  }
  const result = score(pairs);
  if (verbose) for (const n of result.notes) if (!/ (missed|spurious) (ORG|PER|LOC|EVENT|PROGRAM) /.test(n)) console.log(n);
  console.log(formatScore(result));
}

if (process.argv[1]?.endsWith("facts-oracle.ts")) await main();
