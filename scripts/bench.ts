/**
 * Throughput of the full extraction on one core: a corpus of at least 1 MB built by repeating the
 * demo articles (examples/articles), run through extractDocument (text engine → entities → facts).
 *
 *   npm run bench            (node --single-threaded --import tsx scripts/bench.ts [--mb 1])
 *
 * --single-threaded keeps V8's garbage collector and compiler on the one thread too, so the
 * figure is what one core does (without it, background GC threads add CPU the wall clock hides).
 *
 * Prints tokens/s, docs/s, MB/s and peak RSS. Target: ≥ 50,000 tokens/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile, type SourceDocument } from '../src/ingest/index.js';
import { recognizeEntities } from '../src/nlp/entities/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { extractDocument } from '../src/pipeline.js';

const dir = fileURLToPath(new URL('../examples/articles/', import.meta.url));
const mbArg = process.argv.indexOf('--mb');
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1) * 1024 * 1024;

const base: SourceDocument[] = readdirSync(dir).sort().flatMap((f) => parseFile(join(dir, f), readFileSync(join(dir, f))));
const corpus: SourceDocument[] = [];
let bytes = 0;
for (let n = 0; bytes < targetBytes; n++) {
  const doc = base[n % base.length]!;
  corpus.push({ ...doc, id: `${doc.id}#${n}` });
  bytes += Buffer.byteLength(doc.text);
}
const tokens = corpus.reduce((sum, d) => sum + tokenize(d.text).length, 0);

// Warm up (lexicons, regexes, JIT) on one pass over the distinct documents.
for (const doc of base) extractDocument(doc);

const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
let entities = 0, facts = 0;
for (const doc of corpus) {
  const out = extractDocument(doc);
  entities += out.entities.length;
  facts += out.facts.length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRss = process.resourceUsage().maxRSS * 1024;

// The text engine and the entity recognizer alone (tokenize → sentences → entities), same corpus.
const e0 = process.cpuUsage();
for (const doc of corpus) recognizeEntities(doc, splitSentences(doc.text, tokenize(doc.text)));
const e1 = process.cpuUsage(e0);
const entitySeconds = (e1.user + e1.system) / 1e6;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`corpus     ${corpus.length} documents, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${fmt(tokens)} tokens`);
console.log(`time       ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread; CPU time is the fairer figure on a busy machine)`);
console.log(`tokens/s   ${fmt(tokens / seconds)} wall, ${fmt(tokens / cpuSeconds)} CPU`);
console.log(`docs/s     ${fmt(corpus.length / seconds)}`);
console.log(`MB/s       ${(bytes / 1024 / 1024 / seconds).toFixed(2)}`);
console.log(`found      ${fmt(entities)} entities, ${fmt(facts)} facts`);
console.log(`entities   ${fmt(tokens / entitySeconds)} tokens/s CPU for tokenize + sentences + entities alone`);
console.log(`peak RSS   ${(peakRss / 1024 / 1024).toFixed(0)} MB (heap now ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB)`);
