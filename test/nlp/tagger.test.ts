import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createTagger, loadTagger, spansFromTags } from '../../src/nlp/tagger/index.js';
import { readModel, saveModel } from '../../src/nlp/tagger/model-file.js';
import { trainPerceptron, type TrainSentence } from '../../src/nlp/tagger/perceptron.js';

/** Sentences written for this test, pre-tokenized (spaces), with entities the model must find. */
const NEWS: [string, string[]][] = [
  ["Le ministre de l' Économie , Pierre Fitzgibbon , a annoncé un financement à Montréal .", ['PER Pierre Fitzgibbon', 'LOC Montréal']],
  ['Jean-François Gagnon , président de la Chambre de commerce de Gatineau , a salué la nouvelle .', ['PER Jean-François Gagnon', 'ORG Chambre de commerce de Gatineau']],
  ["Le Cégep de Rimouski a signé une entente avec l' Université Laval .", ['ORG Cégep de Rimouski', 'ORG Université Laval']],
  ['Des entreprises de Trois-Rivières participeront à une mission commerciale au Japon en octobre .', ['LOC Trois-Rivières', 'LOC Japon']],
  ["Le Conseil de l' innovation du Québec publiera son rapport jeudi .", ["ORG Conseil de l' innovation du Québec"]],
  ['Le Forum mondial de la robotique se tiendra à Québec en mai .', ['LOC Québec']],
  ['Jennifer Smith , vice-president of sales , spoke in Toronto on Tuesday .', ['PER Jennifer Smith', 'LOC Toronto']],
];

const tagger = loadTagger();

test('the committed model finds the entities of French and English news sentences', () => {
  for (const [sentence, expected] of NEWS) {
    const words = sentence.split(' ');
    const found = tagger.spans(words).map((s) => `${s.label} ${words.slice(s.start, s.end).join(' ')}`);
    for (const entity of expected) assert.ok(found.includes(entity), `${entity} not in [${found.join(', ')}] for: ${sentence}`);
  }
});

test('a sentence without names gets no entity', () => {
  const words = 'Les députés ont adopté le projet de loi mardi soir .'.split(' ');
  assert.deepEqual(tagger.tag(words), Array(words.length).fill('O'));
  assert.deepEqual(tagger.tag([]), []);
  assert.deepEqual(tagger.spans([]), []);
});

test('spans() agrees with tag() and scores lie in [0, 1]', () => {
  for (const [sentence] of NEWS) {
    const words = sentence.split(' ');
    const spans = tagger.spans(words);
    assert.deepEqual(spans.map(({ score: _, ...s }) => s), spansFromTags(tagger.tag(words)));
    for (const s of spans) assert.ok(s.score! >= 0 && s.score! <= 1, `score ${s.score}`);
  }
});

test('loading is cached per path', () => {
  assert.equal(loadTagger(), tagger);
});

/** 20 sentences written for this test: "word/TAG" for entity words, bare words are O. */
const TINY = `Marie/B-PER Gagnon/I-PER dirige Lumitek/B-ORG à Laval/B-LOC .
Lumitek/B-ORG ouvre un bureau à Sherbrooke/B-LOC .
Paul/B-PER Roy/I-PER travaille chez Novaxis/B-ORG depuis 2019 .
Novaxis/B-ORG embauche 30 personnes à Québec/B-LOC .
Le maire de Lévis/B-LOC , Luc/B-PER Côté/I-PER , était présent .
Sophie/B-PER Martel/I-PER quitte Datanord/B-ORG .
Datanord/B-ORG a son siège à Gatineau/B-LOC .
Selon Anne/B-PER Fortin/I-PER , la demande augmente .
Pixelsoft/B-ORG et Lumitek/B-ORG signent une entente .
Le projet sera réalisé à Rimouski/B-LOC et à Laval/B-LOC .
Julie/B-PER Morin/I-PER présidera le Forum/B-MISC numérique/I-MISC .
Le Forum/B-MISC numérique/I-MISC aura lieu à Québec/B-LOC .
Marc/B-PER Pelletier/I-PER a fondé Pixelsoft/B-ORG .
Les employés de Novaxis/B-ORG sont satisfaits .
Une délégation ira à Paris/B-LOC en mai .
Luc/B-PER Côté/I-PER rencontre Marie/B-PER Gagnon/I-PER .
Datanord/B-ORG vend ses logiciels à Toronto/B-LOC .
La rencontre aura lieu à Sherbrooke/B-LOC .
Anne/B-PER Fortin/I-PER travaille à Gatineau/B-LOC .
Le bilan sera publié en juin .`
  .split('\n')
  .map((line): TrainSentence => {
    const pairs = line.split(' ').map((t) => t.split('/'));
    return { words: pairs.map((p) => p[0]!), tags: pairs.map((p) => p[1] ?? 'O') };
  });

test('a tiny model trained on 20 sentences learns them, and survives save + load', () => {
  const model = trainPerceptron(TINY, { bits: 14, epochs: 8, seed: 1 });
  const before = createTagger(model);
  for (const s of TINY) assert.deepEqual(before.tag(s.words), s.tags, s.words.join(' '));
  const dir = mkdtempSync(join(tmpdir(), 'veille-ner-'));
  try {
    const file = join(dir, 'tiny.bin');
    saveModel({ ...model, meta: { note: 'test' } }, file);
    const after = loadTagger(file);
    assert.deepEqual(after.model.meta, { note: 'test' });
    const unseen = ['Paul Roy ouvre un bureau à Québec .', 'Novaxis signe une entente .'].map((x) => x.split(' '));
    for (const words of [...TINY.map((s) => s.words), ...unseen]) assert.deepEqual(after.tag(words), before.tag(words));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('training is deterministic for a given seed', () => {
  const a = trainPerceptron(TINY, { bits: 12, epochs: 3, seed: 7 });
  const b = trainPerceptron(TINY, { bits: 12, epochs: 3, seed: 7 });
  assert.deepEqual(a.weights, b.weights);
  assert.deepEqual(a.transitions, b.transitions);
});

test('a file that is not a model is refused with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veille-ner-'));
  try {
    const file = join(dir, 'bad.bin');
    writeFileSync(file, gzipSync(Buffer.from('not a model at all')));
    assert.throws(() => readModel(file), /not a Veille NER model/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
