/**
 * Regenerates test/fixtures/entities/<doc>.json: the entities (type + name) the recognizer's rules (no
 * tagger) find in a few demo articles, pinned by test/nlp/entities/regression.test.ts. Run it only when a change
 * of output is intended, and read the diff.
 *
 *   node --import tsx scripts/update-entity-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseFile } from '../src/ingest/index.js';
import { recognizeEntities } from '../src/nlp/entities/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';

export const PINNED = [
  '2015-boston-health-tech-mission.txt',
  '2019-forum-ia-quebec-5e-edition.html',
  '2022-estrie-technologies-medicales.txt',
];

export function entityLabels(file: string): string[] {
  const path = new URL(`../examples/articles/${file}`, import.meta.url);
  const [doc] = parseFile(file, readFileSync(path));
  // Rules only: the pinned output must not move when the tagger's model file comes or goes.
  const { entities } = recognizeEntities(doc!, splitSentences(doc!.text, tokenize(doc!.text)), { tagger: null });
  return entities.map((e) => `${e.type} ${e.name}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = new URL('../test/fixtures/entities/', import.meta.url);
  mkdirSync(out, { recursive: true });
  for (const file of PINNED) {
    const name = file.replace(/\.[a-z]+$/, '.json');
    writeFileSync(new URL(name, out), `${JSON.stringify({ article: file, entities: entityLabels(file) }, null, 2)}\n`);
    console.log(`wrote test/fixtures/entities/${name}`);
  }
}
