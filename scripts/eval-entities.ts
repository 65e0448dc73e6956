/**
 * Scores the entity recognizer alone against gold facts files (entities only; facts left empty).
 *
 *   node --import tsx scripts/eval-entities.ts --gold ../shared/gold ../shared/seeds [--verbose] [--json]
 *
 * Same matching as `veille eval` (src/eval/score.ts); useful while fact extraction is elsewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { score, type Prf } from '../src/eval/score.js';
import { factsFileName, toFactsFile } from '../src/extract/facts-file.js';
import type { FactsFile } from '../src/extract/model.js';
import { parseFile, type SourceDocument } from '../src/ingest/index.js';
import { recognizeEntities } from '../src/nlp/entities/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const goldDir = args[args.indexOf('--gold') + 1];
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--gold');
if (!goldDir || paths.length === 0) {
  console.error('usage: eval-entities.ts --gold <dir> <files or folders…> [--verbose] [--json]');
  process.exit(2);
}

function* documents(path: string): Generator<SourceDocument> {
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path).sort()) yield* documents(join(path, f));
    return;
  }
  yield* parseFile(path, readFileSync(path));
}

const predicted = new Map<string, FactsFile>();
for (const path of paths) {
  for (const doc of documents(path)) {
    const sentences = splitSentences(doc.text, tokenize(doc.text));
    const { entities } = recognizeEntities(doc, sentences);
    predicted.set(factsFileName(doc.id), toFactsFile(doc, entities, []));
  }
}

const pairs = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as FactsFile;
  if (!predicted.has(f) && existsSync(goldDir)) console.error(`no prediction for ${f}`);
  return { doc: f.replace(/\.json$/, ''), gold: { entities: gold.entities, facts: [] }, pred: predicted.get(f) ?? { entities: [], facts: [] } };
});
const result = score(pairs);
if (flag('--json')) {
  console.log(JSON.stringify({ entities: result.entities, all: result.entitiesAll }, null, 2));
} else {
  if (flag('--verbose')) for (const n of result.notes) console.log(n);
  const row = (name: string, m: Prf) => `${name.padEnd(8)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
  console.log(`${result.documents} documents`);
  for (const [k, m] of Object.entries(result.entities)) console.log(`  ${row(k, m)}`);
  console.log(`  ${row('all', result.entitiesAll)}`);
}
