/**
 * Writes a synthetic corpus of Québec tech news for benchmarks: N articles (.txt, title and dateline
 * as ingest reads them) and, beside them in extractions/, the extraction a perfect extractor would
 * give, with each entity's truth id. Deterministic for a given seed.
 *
 *   node --import tsx scripts/gen-corpus.ts [--count 10000] [--seed 42] --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ArticleBuilder } from './corpus/builder.js';
import { Random } from './corpus/random.js';
import { EXTRAS, filler, STORIES, type Ctx } from './corpus/templates.js';
import { MONTHS } from './corpus/vocabulary.js';
import { buildWorld } from './corpus/world.js';

export interface GeneratedArticle {
  id: string;
  file: string;
  text: string;
  extraction: ReturnType<ArticleBuilder['result']>;
}

/** Generates `count` articles into `dir` (and `dir`/extractions); returns the count written. */
export function generateCorpus(dir: string, count: number, seed = 42): number {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'extractions'), { recursive: true });
  const r = new Random(seed);
  const w = buildWorld(r);
  for (let i = 0; i < count; i++) {
    const id = `synth-${String(i).padStart(6, '0')}`;
    const year = r.int(2012, 2024);
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const b = new ArticleBuilder(id);
    const c: Ctx = { b, w, r, year, month };
    const title = r.pick(STORIES)(c);
    filler(c);
    const subject = r.chance(0.5) ? r.skewed(w.networks) : r.skewed(w.companies);
    if (r.chance(0.7)) r.pick(EXTRAS)(c, subject);
    if (r.chance(0.5)) filler(c);
    const extraction = b.result();
    // Ingest's dateline reader does not take « Val-d'Or, le … » yet: datelines use names without an apostrophe.
    const city = r.pick(w.cities.filter((t) => !t.name.includes("'"))).name;
    writeFileSync(join(dir, 'articles', `${id}.txt`), `${title}\n\n${city}, le ${day} ${MONTHS[month - 1]} ${year} – ${extraction.text}\n`);
    writeFileSync(join(dir, 'extractions', `${id}.json`), JSON.stringify(extraction));
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('usage: gen-corpus.ts [--count N] [--seed S] --out DIR');
  const n = generateCorpus(values.out, Number(values.count), Number(values.seed));
  console.log(`${n} articles in ${join(values.out, 'articles')}, extractions in ${join(values.out, 'extractions')}`);
}
