/**
 * Entity-level evaluation (exact span + type) of an NER model file on held-out sets.
 *
 *   node --import tsx scripts/eval-ner.ts [--model data/models/ner-fr.bin]
 *        [--sets sequoia-test,wikineural-test,europeana,newseye-test] [--skip seeds,speed] [--sidecar]
 *
 * Prints a Markdown table: P/R/F1 per type and micro; --sidecar also stores the figures in the
 * model's sidecar JSON (`evaluation`). Notes on the sets:
 * - wikineural-*: non-commercial licence, evaluation only; its MISC (nationalities, works,
 *   events…) is broader than ours (Sequoia PROD + EVE), so micro-3 leaves MISC out.
 * - europeana: IO-only gold without MISC; both sides compared as IO runs on PER/LOC/ORG.
 *   Skipped when the model was trained on it (the sidecar lists the training data).
 * - newseye-test: HumanProd is mapped to MISC.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/repo-root.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { corpus, corpusAvailable, sharedDataDir } from '../src/nlp/tagger/corpora/index.js';
import { seedNameScores } from '../src/nlp/tagger/corpora/seed-names.js';
import { scoreSpans, type Score, type ScoreOptions } from '../src/nlp/tagger/evaluate.js';
import { loadTagger, type Tagger } from '../src/nlp/tagger/index.js';

const { values: opts } = parseArgs({
  options: {
    model: { type: 'string', default: 'data/models/ner-fr.bin' },
    sets: { type: 'string', default: 'sequoia-test,wikineural-test,europeana,newseye-test' },
    skip: { type: 'string', default: '' },
    sidecar: { type: 'boolean', default: false },
  },
});

const SET_OPTIONS: Record<string, ScoreOptions> = { europeana: { io: true, types: ['PER', 'LOC', 'ORG'] } };
const COLUMNS = ['PER', 'ORG', 'LOC', 'MISC', 'micro', 'micro-3'];

const pct = (x: number): string => (100 * x).toFixed(1);
const cell = (s: Score | undefined): string => (s ? `${pct(s.p)} / ${pct(s.r)} / **${pct(s.f)}**` : '–');
const cpuMs = (t0: NodeJS.CpuUsage): number => ((u) => (u.user + u.system) / 1000)(process.cpuUsage(t0));

function evaluate(tagger: Tagger, name: string): Record<string, Score> {
  const data = corpus(name).read();
  const predicted = data.map((s) => tagger.tag(s.words));
  const gold = data.map((s) => s.tags);
  const options = SET_OPTIONS[name] ?? {};
  const all = scoreSpans(gold, predicted, options);
  const three = scoreSpans(gold, predicted, { ...options, types: ['PER', 'ORG', 'LOC'] });
  const scored = Object.entries(all).filter(([k, s]) => k === 'micro' || s.tp + s.fn > 0);
  return { ...Object.fromEntries(scored), 'micro-3': three.micro! };
}

function main(): void {
  const file = resolve(repoRoot(), opts.model);
  const [t0, wall0] = [process.cpuUsage(), performance.now()];
  const tagger = loadTagger(file);
  const load = { cpuMs: Math.round(cpuMs(t0)), wallMs: Math.round(performance.now() - wall0), bytes: statSync(file).size };
  const trainedOn = ((tagger.model.meta.data as { name: string }[] | undefined) ?? []).map((d) => d.name);
  console.log(`model ${opts.model}: ${(load.bytes / 1e6).toFixed(2)} MB, loaded in ${load.wallMs} ms (${load.cpuMs} ms CPU)`);
  console.log(`trained on ${trainedOn.join(', ') || '?'}\n\n| set | ${COLUMNS.join(' | ')} |\n|---|${COLUMNS.map(() => '---').join('|')}|`);
  const sets: Record<string, Record<string, Score>> = {};
  for (const name of opts.sets.split(',').map((s) => s.trim())) {
    const reason = trainedOn.includes(name) ? 'trained on it: not scored' : corpusAvailable(name) ? '' : 'data not found';
    if (reason) console.log(`| ${name} | ${reason} |`);
    if (reason) continue;
    sets[name] = evaluate(tagger, name);
    console.log(`| ${name} | ${COLUMNS.map((k) => cell(sets[name]![k])).join(' | ')} |`);
  }
  console.log('\ncells: precision / recall / **F1** (%), exact span and type; micro-3 = PER+ORG+LOC only');
  const skip = opts.skip.split(',');
  const seeds = skip.includes('seeds') ? null : printSeeds(tagger);
  const speed = skip.includes('speed') ? null : printSpeed(tagger);
  if (opts.sidecar) writeSidecar(file, { load, sets, seeds, speed });
}

/** Stores the figures under `evaluation` in the model's sidecar JSON (rounded to 0.1 %). */
function writeSidecar(file: string, results: Record<string, unknown>): void {
  const path = file.replace(/\.bin$/, '.json');
  const sidecar = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  const round = (_: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  const command = `node --import tsx scripts/eval-ner.ts ${process.argv.slice(2).join(' ')}`.trim();
  sidecar.evaluation = JSON.parse(JSON.stringify({ date: new Date().toISOString().slice(0, 10), command, ...results }, round));
  writeFileSync(path, JSON.stringify(sidecar, null, 2) + '\n');
  console.log(`\nwrote the figures into ${path}`);
}

/**
 * Throughput on ~1 MB of raw French text (the `# text` lines of UD Sequoia, repeated),
 * tokenized by Veille's tokenizer beforehand so that only the tagger is timed. CPU time, not
 * wall time: the figure should not depend on what else the machine runs.
 */
function printSpeed(tagger: Tagger): Record<string, number> | null {
  const file = resolve(sharedDataDir(), 'ud-fr-sequoia', 'fr_sequoia-ud-train.conllu');
  if (!existsSync(file)) return null;
  const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9));
  const sentences: string[][] = [];
  for (let bytes = 0, k = 0; bytes < 1_000_000; k++) {
    const text = texts[k % texts.length]!;
    sentences.push(tokenize(text).map((t) => t.text));
    bytes += Buffer.byteLength(text) + 1;
  }
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const out: Record<string, number> = { tokens };
  for (const method of ['tag', 'spans'] as const) {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = process.cpuUsage();
      for (const s of sentences) tagger[method](s);
      best = Math.min(best, cpuMs(t0));
    }
    out[`${method}TokensPerSecond`] = Math.round((tokens / best) * 1000);
    console.log(`${method}(): ${tokens} tokens (1 MB) in ${best.toFixed(0)} ms of CPU = ${Math.round(tokens / best)}k tokens/s (best of 5)`);
  }
  return out;
}

/** Document-level name match on shared/seeds against shared/gold (see seed-names.ts). */
function printSeeds(tagger: Tagger): Record<string, Score> | null {
  const scores = seedNameScores(tagger);
  if (!scores) return null;
  console.log('\nseeds (distinct names per document vs gold entities, type must match):\n');
  console.log(`| set | ${['PER', 'ORG', 'LOC', 'micro'].join(' | ')} |\n|---|---|---|---|---|`);
  console.log(`| seeds | ${['PER', 'ORG', 'LOC', 'micro'].map((k) => cell(scores[k])).join(' | ')} |\n`);
  return scores;
}

main();
