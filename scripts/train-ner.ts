/**
 * Trains Veille's French NER tagger (averaged structured perceptron) and writes
 * data/models/ner-fr.bin plus its sidecar ner-fr.json.
 *
 *   node --import tsx scripts/train-ner.ts [--data sequoia-train,newseye-dev,newseye-dev2,templates]
 *        [--epochs 10] [--bits 19] [--seed 1] [--shuffles 3] [--prune 0] [--template-sentences 3000,600]
 *        [--out data/models/ner-fr.bin] [--dry-run]
 *
 * `name*w` weights a source's updates by w (e.g. europeana*0.25). `--shuffles k` trains k
 * models on k shuffles (seeds seed…seed+k-1) and averages them. Only corpora whose licence allows any use of the
 * model are accepted (see src/nlp/tagger/corpora/index.ts); WikiNEuRal is refused.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/repo-root.js';
import { calibrate } from '../src/nlp/tagger/calibrate.js';
import { corpus } from '../src/nlp/tagger/corpora/index.js';
import { scoreSpans } from '../src/nlp/tagger/evaluate.js';
import { FEATURE_VERSION, TEMPLATE_NAMES } from '../src/nlp/tagger/features.js';
import { createTagger } from '../src/nlp/tagger/index.js';
import { saveModel } from '../src/nlp/tagger/model-file.js';
import type { NerModel } from '../src/nlp/tagger/model.js';
import { trainPerceptron, type TrainSentence } from '../src/nlp/tagger/perceptron.js';
import { templateSentences, TEMPLATE_SOURCE } from './ner-templates/generate.js';

const DEFAULT_DATA = 'sequoia-train,newseye-dev,newseye-dev2,templates';

const { values: opts } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '19' },
    seed: { type: 'string', default: '1' },
    prune: { type: 'string', default: '0' },
    'template-sentences': { type: 'string', default: '3000,600' },
    shuffles: { type: 'string', default: '3' },
    out: { type: 'string', default: 'data/models/ner-fr.bin' },
    'dry-run': { type: 'boolean', default: false },
  },
});

interface Source {
  name: string;
  weight: number;
  licence: string;
  source: string;
  sentences: TrainSentence[];
}

function loadSource(spec: string, seed: number): Source {
  const [name, w] = spec.split('*') as [string, string | undefined];
  const weight = w ? Number(w) : 1;
  if (name === 'templates') {
    const [fr, en] = opts['template-sentences'].split(',').map(Number) as [number, number];
    const source = 'sentence templates and name lists written for Veille; Québec place names from Open Civic Data (CC0)';
    return { name, weight, licence: TEMPLATE_SOURCE, source, sentences: templateSentences(seed, { fr, en }).map((s) => ({ ...s, weight })) };
  }
  const split = corpus(name);
  if (!split.trainable) throw new Error(`${name} (${split.licence}) may not be used for training`);
  const unannotated = split.unannotated;
  return { name, weight, licence: split.licence, source: split.source, sentences: split.read().map((s) => ({ ...s, weight, unannotated })) };
}

function f1(model: NerModel, data: TrainSentence[]): string {
  const tagger = createTagger(model);
  const s = scoreSpans(data.map((x) => x.tags), data.map((x) => tagger.tag(x.words)));
  return ['PER', 'ORG', 'LOC', 'MISC', 'micro'].map((k) => `${k} ${(100 * s[k]!.f).toFixed(1)}`).join('  ');
}

function main(): void {
  const seed = Number(opts.seed);
  const started = Date.now();
  const sources = opts.data.split(',').map((spec) => loadSource(spec.trim(), seed));
  const dev = corpus('sequoia-dev').read();
  for (const s of sources) {
    const tokens = s.sentences.reduce((n, x) => n + x.words.length, 0);
    console.log(`${s.name}: ${s.sentences.length} sentences, ${tokens} tokens, weight ${s.weight} (${s.licence})`);
  }
  const options = { bits: Number(opts.bits), epochs: Number(opts.epochs), seed, shuffles: Number(opts.shuffles) };
  const model = calibrate(train(sources.flatMap((s) => s.sentences), dev, options, started), dev);
  const devScores = scoreSpans(dev.map((x) => x.tags), dev.map((x) => createTagger(model).tag(x.words)));
  model.meta = {
    trained: new Date().toISOString().slice(0, 10),
    command: `node --import tsx scripts/train-ner.ts ${process.argv.slice(2).join(' ')}`.trim(),
    labels: 'BIO (IOB2) over PER, ORG, LOC, MISC',
    algorithm: 'averaged structured perceptron, first-order Viterbi with BIO constraints',
    featureVersion: FEATURE_VERSION,
    features: TEMPLATE_NAMES,
    options: { ...options, prune: Number(opts.prune), templateSentences: opts['template-sentences'] },
    data: sources.map((s) => ({ name: s.name, weight: s.weight, licence: s.licence, source: s.source, sentences: s.sentences.length })),
    evaluationOnly: 'WikiNEuRal (CC BY-NC-SA 4.0) is used to evaluate, never to train; see docs/ner.md',
    devF1: round(devScores.micro!.f),
    calibration: model.calibration,
  };
  console.log(`calibration a=${model.calibration.a.toFixed(3)} b=${model.calibration.b.toFixed(3)}; dev F1 ${f1(model, dev)}`);
  if (!opts['dry-run']) save(model, started);
}

/** One model per shuffle seed (seed, seed+1, …), averaged; prints dev F1 after each epoch. */
function train(data: TrainSentence[], dev: TrainSentence[], options: { bits: number; epochs: number; seed: number; shuffles: number }, started: number): NerModel {
  const runs = Array.from({ length: options.shuffles }, (_, k) => {
    if (options.shuffles > 1) console.log(`shuffle seed ${options.seed + k}`);
    return trainPerceptron(data, {
      ...options,
      seed: options.seed + k,
      onEpoch: (epoch, m, mistakes) => {
        const secs = ((Date.now() - started) / 1000).toFixed(0);
        console.log(`epoch ${epoch}: ${mistakes} wrong sentences, ${secs}s; sequoia-dev F1 ${f1(m, dev)}`);
      },
    });
  });
  return averageModels(runs);
}

function save(model: NerModel, started: number): void {
  const out = resolve(repoRoot(), opts.out);
  const { rows, bytes } = saveModel(model, out, Number(opts.prune));
  writeFileSync(out.replace(/\.bin$/, '.json'), JSON.stringify({ file: opts.out, rows, bytes, ...model.meta }, null, 2) + '\n');
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`wrote ${opts.out}: ${rows} feature rows, ${(bytes / 1e6).toFixed(2)} MB, ${secs}s total`);
}

/** Mean of models trained on different shuffles: smooths the luck of one data order. */
function averageModels(models: NerModel[]): NerModel {
  const mean = (pick: (m: NerModel) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(models[0]!).length);
    for (const m of models) pick(m).forEach((x, j) => (out[j] += x / models.length));
    return out;
  };
  return { ...models[0]!, weights: mean((m) => m.weights), transitions: mean((m) => m.transitions) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
