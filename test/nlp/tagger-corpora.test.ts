import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { corpus } from '../../src/nlp/tagger/corpora/index.js';
import { readEuropeana } from '../../src/nlp/tagger/corpora/europeana.js';
import { readHipe } from '../../src/nlp/tagger/corpora/hipe.js';

const shared = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const hasShared = existsSync(join(shared, 'ner-sequoia-parseme-fr'));

function withFile(name: string, text: string, run: (path: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'veille-corpus-'));
  try {
    writeFileSync(join(dir, name), text);
    run(join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('HIPE reader glues what Veille tokenizes as one word and leaves civilities out of persons', () => {
  const row = (w: string, tag: string, misc = '_'): string => [w, tag, '_', 'O', '_', '_', 'O', '_', '_', misc].join('\t');
  const tsv = [
    'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC',
    '# hipe2022:document_id = t1',
    row('M', 'B-PER', 'NoSpaceAfter'), row('.', 'I-PER'), row('Dupuis', 'I-PER'), row('visite', 'O'),
    row('l', 'O', 'NoSpaceAfter'), row('’', 'O', 'NoSpaceAfter'), row('Ile', 'B-LOC', 'NoSpaceAfter'),
    row('-', 'I-LOC', 'NoSpaceAfter'), row('de', 'I-LOC', 'NoSpaceAfter'), row('-', 'I-LOC', 'NoSpaceAfter'),
    row('France', 'I-LOC'), row('ex¬', 'O', 'NoSpaceAfter|EndOfLine'), row('près', 'O', 'NoSpaceAfter'),
    row('.', 'O', 'EndOfSentence'),
  ].join('\n');
  withFile('t.tsv', tsv, (path) => {
    const [s] = readHipe(path);
    assert.deepEqual(s!.words, ['M.', 'Dupuis', 'visite', 'l’', 'Ile-de-France', 'exprès', '.']);
    assert.deepEqual(s!.tags, ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O', 'O']);
  });
});

test('Europeana reader turns IO runs into BIO and splits sentences at . before a capital', () => {
  const bio = ['Le O', 'maire O', 'de O', 'Rennes I-LOC', '. O', 'Jean I-PER', 'Roux I-PER', 'parle O', '. O'].join('\n');
  withFile('e.bio', bio, (path) => {
    const sentences = readEuropeana(path);
    assert.deepEqual(sentences.map((s) => s.tags.join(' ')), ['O O O B-LOC O', 'B-PER I-PER O O']);
  });
});

test('Sequoia reader maps types and restores contracted forms', { skip: !hasShared && 'shared/data not present' }, () => {
  const sentences = corpus('sequoia-train').read();
  assert.ok(sentences.length > 2000);
  const words = sentences.flatMap((s) => s.words);
  assert.ok(words.includes('du') && words.includes('au'), 'contractions restored from the range lines');
  const tags = new Set(sentences.flatMap((s) => s.tags));
  assert.deepEqual([...tags].sort(), ['B-LOC', 'B-MISC', 'B-ORG', 'B-PER', 'I-LOC', 'I-MISC', 'I-ORG', 'I-PER', 'O']);
});

test('WikiNEuRal (non-commercial) may be read for evaluation but never trained on', { skip: !hasShared && 'shared/data not present' }, () => {
  assert.equal(corpus('wikineural-test').trainable, false);
  assert.equal(corpus('sequoia-test').trainable, false);
  assert.equal(corpus('sequoia-train').trainable, true);
  assert.deepEqual(corpus('europeana').unannotated, ['MISC']);
});
