/**
 * Graph benchmark: generates a synthetic corpus (scripts/gen-corpus.ts), ingests it, scores entity
 * resolution against the corpus's truth, then measures API latency under concurrent requests.
 *
 *   npm run bench:graph -- [--count 10000] [--sample 200] [--real] [--connections 10] [--seconds 10]
 *
 * Ingest is timed in two parts: storing + resolving (with the corpus's own perfect extraction, so
 * every article goes through the store whatever the extractor's speed) and the real extractor on a
 * sample; --real runs the real extractor on every article instead. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { extractGraph } from '../src/cli/ingest.js';
import { IngestError, readSources, type SourceDocument } from '../src/ingest/index.js';
import type { DocumentGraph } from '../src/store/graph-writer.js';
import { ingestDocuments } from '../src/store/ingest-documents.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { generateCorpus } from './gen-corpus.js';

interface Histogram { p50: number; p99: number; average: number; max: number }
interface CannonResult { latency: Histogram; requests: { average: number }; non2xx: number; errors: number }
type Cannon = (opts: object) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const { values: o } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' }, sample: { type: 'string', default: '200' }, real: { type: 'boolean', default: false },
    connections: { type: 'string', default: '10' }, seconds: { type: 'string', default: '10' },
  },
});
const count = Number(o.count);
const dir = mkdtempSync(join(tmpdir(), 'veille-bench-'));
const db = join(dir, 'bench.db');
const rate = (n: number, ms: number) => `${(n / (ms / 1000)).toFixed(0)} articles/s`;
const time = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};

try {
  const [, genMs] = await time(() => generateCorpus(dir, count));
  console.log(`corpus: ${count} articles generated in ${(genMs / 1000).toFixed(1)} s (${dir})`);
  const [docs, readMs] = await time(async () => {
    const out: SourceDocument[] = [];
    for await (const d of readSources([join(dir, 'articles')])) if (!(d instanceof IngestError)) out.push(d);
    return out;
  });
  console.log(`read + clean: ${docs.length} documents in ${(readMs / 1000).toFixed(1)} s (${rate(docs.length, readMs)})`);

  const oracle = (doc: SourceDocument): DocumentGraph => {
    const x = JSON.parse(readFileSync(join(dir, 'extractions', `${doc.id}.json`), 'utf8')) as DocumentGraph & { text: string };
    if (x.text !== doc.text) throw new Error(`${doc.id}: clean text differs from the generated text`);
    return { entities: x.entities, facts: x.facts };
  };
  const extract = o.real ? extractGraph : oracle;
  const store = openSqliteStore(db);
  const [, storeMs] = await time(() => ingestDocuments(store, docs, extract, { onExtractError: (d, e) => console.error(`${d.id}: ${e.message}`) }));
  const stats = store.graph.stats();
  console.log(`ingest (${o.real ? 'real extraction' : 'perfect extraction'} + store + resolve, one transaction): ${(storeMs / 1000).toFixed(1)} s, ${rate(docs.length, storeMs)}`);
  console.log(`  store: ${stats.entities.total} entities, ${stats.facts.total} facts from ${stats.sources} reports, ${stats.mentions} mentions`);
  const [, againMs] = await time(() => ingestDocuments(store, docs, extract));
  console.log(`re-ingest unchanged: ${(againMs / 1000).toFixed(1)} s, ${rate(docs.length, againMs)}`);
  const [, rebuildMs] = await time(() => store.graph.rebuild());
  console.log(`rebuild (re-resolve all entities and facts): ${(rebuildMs / 1000).toFixed(1)} s`);
  store.close();

  if (!o.real) {
    const sample = docs.slice(0, Number(o.sample));
    extractGraph(sample[0]!); // loads lexicons and models
    const [, exMs] = await time(() => sample.forEach((d) => extractGraph(d)));
    const perStore = storeMs / docs.length;
    const perExtract = exMs / sample.length;
    console.log(`real extraction on ${sample.length} articles: ${rate(sample.length, exMs)}; ` +
      `end to end (extraction + store) ≈ ${(1000 / (perStore + perExtract)).toFixed(0)} articles/s`);
  }
  resolutionQuality();
  serviceTimes();
  await apiLatency();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Resolved entities against the corpus's truth: split things and mixed entities. */
function resolutionQuality(): void {
  const raw = new Database(db, { readonly: true });
  const rows = raw.prepare('SELECT doc_id, local_id, entity_id FROM occurrences').all() as { doc_id: string; local_id: string; entity_id: number }[];
  raw.close();
  const truthOf = new Map<string, string>();
  const byDoc = new Map<string, { id: string; truth: string }[]>();
  for (const r of rows) {
    if (!byDoc.has(r.doc_id)) {
      const x = JSON.parse(readFileSync(join(dir, 'extractions', `${r.doc_id}.json`), 'utf8')) as { entities: { id: string; truth: string }[] };
      byDoc.set(r.doc_id, x.entities);
    }
    truthOf.set(`${r.doc_id}/${r.local_id}`, byDoc.get(r.doc_id)!.find((e) => e.id === r.local_id)?.truth ?? '?');
  }
  const entitiesOfTruth = new Map<string, Set<number>>();
  const truthsOfEntity = new Map<number, Set<string>>();
  for (const r of rows) {
    const t = truthOf.get(`${r.doc_id}/${r.local_id}`)!;
    (entitiesOfTruth.get(t) ?? entitiesOfTruth.set(t, new Set()).get(t)!).add(r.entity_id);
    (truthsOfEntity.get(r.entity_id) ?? truthsOfEntity.set(r.entity_id, new Set()).get(r.entity_id)!).add(t);
  }
  const split = [...entitiesOfTruth.values()].filter((s) => s.size > 1).length;
  const mixed = [...truthsOfEntity.values()].filter((s) => s.size > 1).length;
  console.log(`resolution: ${entitiesOfTruth.size} true things → ${truthsOfEntity.size} entities; ` +
    `${split} things split over several entities, ${mixed} entities mixing several things (--real: extractor names differ from truth)`);
}

/** Time per query in process, without HTTP or cache: what one request costs the server. */
function serviceTimes(): void {
  const store = openSqliteStore(db);
  const raw = new Database(db, { readonly: true });
  const ids = raw.prepare('SELECT id FROM entities ORDER BY random() LIMIT 500').pluck().all() as number[];
  const hubs = raw.prepare('SELECT id FROM entities ORDER BY doc_count DESC LIMIT 20').pluck().all() as number[];
  raw.close();
  const each = <T>(label: string, list: T[], fn: (x: T) => unknown) => {
    const times = list.map((x) => {
      const t = performance.now();
      JSON.stringify(fn(x));
      return performance.now() - t;
    }).sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`service time, ${label}: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (${list.length} calls)`);
  };
  each('profile of a random entity', ids, (id) => store.graph.profile(id));
  each('profile of the 20 most mentioned', hubs, (id) => store.graph.profile(id));
  each('neighbourhood depth 2', ids.slice(0, 200), (id) => store.graph.neighbourhood(id, 2));
  each('search', ['numérique', 'mission commerciale', 'partenariat', 'financement', 'Sherbrooke', 'membres'], (q) => store.graph.search(q));
  each('funding facts from a year', ['2015', '2018', '2021', '2024'], (y) => store.graph.listFacts({ type: 'funding', from: y }));
  store.close();
}

/** The real server in its own process; autocannon in this one. */
async function apiLatency(): Promise<void> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (b: Buffer) => {
        const m = /API: (http:\/\/\S+?)\/api\b/.exec(b.toString());
        if (m) resolve(m[1]!);
      });
      server.once('exit', () => reject(new Error('the server exited')));
    });
    const raw = new Database(db, { readonly: true });
    const ids = raw.prepare('SELECT id FROM entities ORDER BY random() LIMIT 2000').pluck().all() as number[];
    const hubs = raw.prepare('SELECT id FROM entities ORDER BY doc_count DESC LIMIT 20').pluck().all() as number[];
    raw.close();
    // The API caches answers until the data changes: the first measured run asks for each entity once (all
    // misses). A warm-up on other entities first, so that run measures a running server, not its JIT start.
    const warm = ids.splice(0, Math.min(200, Math.floor(ids.length / 5)));
    const runs: [string, string[], number?][] = [
      ['warm-up (other entities, not reported)', warm.map((id) => `/api/entities/${id}`), warm.length],
      ['entity profiles, each entity once (uncached)', ids.map((id) => `/api/entities/${id}`), ids.length],
      ['entity profiles, random entities again (cached)', ids.map((id) => `/api/entities/${id}`)],
      ['entity profiles (20 most mentioned)', hubs.map((id) => `/api/entities/${id}`)],
      ['entity neighbourhoods, depth 2', ids.slice(0, 500).map((id) => `/api/entities/${id}/graph?depth=2`)],
      ['search', ['numérique', 'mission commerciale', 'partenariat', 'financement', 'Sherbrooke', 'membres'].map((q) => `/api/search?q=${encodeURIComponent(q)}`)],
      ['funding facts, filtered', ['2015', '2018', '2021', '2024'].map((y) => `/api/facts?type=funding&from=${y}`)],
    ];
    for (const [label, paths, amount] of runs) {
      let i = 0;
      const r = await autocannon({
        url, connections: Number(o.connections), ...(amount ? { amount } : { duration: Number(o.seconds) }),
        requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: paths[i++ % paths.length] }) }],
      });
      if (label.startsWith('warm-up')) continue;
      console.log(`API ${label}: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, ` +
        `${r.requests.average.toFixed(0)} req/s (${o.connections} connections, ${amount ? `${amount} requests` : `${o.seconds} s`})${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`);
    }
  } finally {
    server.kill('SIGTERM');
  }
}
