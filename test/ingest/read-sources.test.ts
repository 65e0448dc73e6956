import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { IngestError, listFiles, readSources, type SourceDocument } from '../../src/ingest/index.js';

const root = mkdtempSync(join(tmpdir(), 'veille-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE = 'Un titre de nouvelle\n\nUne entreprise de Lévis a annoncé lundi l’ouverture d’un centre de données, qui emploiera trente personnes.\n';
const files: [string, string | Buffer][] = [
  ['b-article.txt', ARTICLE],
  ['a-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
  ['c-empty.txt', ''],
  ['d-blank.txt', ' \n\t\n  '],
  ['e-image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
  ['f-big.txt', `${ARTICLE}${'Une phrase de plus pour grossir le fichier. '.repeat(40)}`],
  ['g-furniture-only.txt', 'Partager\nFacebook\nTwitter\n'],
  ['.cache.txt', ARTICLE],
  ['.git/config.txt', ARTICLE],
  ['sub/z-last.md', `# Un billet\n\n${ARTICLE}`],
  ['sub/a-first.txt', ARTICLE],
];
for (const [name, content] of files) {
  mkdirSync(join(root, name, '..'), { recursive: true });
  writeFileSync(join(root, name), content);
}
symlinkSync(join(root, 'nowhere.txt'), join(root, 'h-dangling.txt'));

const rel = (p: string) => relative(root, p);

test('listFiles walks folders in sorted order and skips hidden entries', async () => {
  const listed = (await listFiles([root])).map(rel);
  assert.deepEqual(listed, [
    'a-bom.txt', 'b-article.txt', 'c-empty.txt', 'd-blank.txt', 'e-image.png', 'f-big.txt', 'g-furniture-only.txt',
    'h-dangling.txt', 'sub/a-first.txt', 'sub/z-last.md',
  ]);
});

test('readSources yields a document or an error per file, and goes on after errors', async () => {
  const results: [string, string][] = [];
  for await (const item of readSources([root, join(root, 'missing.txt')], { maxBytes: 1000 })) {
    if (item instanceof IngestError) {
      assert.ok(!item.message.includes('\n') && item.message.startsWith(item.file), item.message);
      results.push([rel(item.file), item.code]);
    } else {
      results.push([rel(item.source), (item as SourceDocument).id]);
    }
  }
  assert.deepEqual(results, [
    ['a-bom.txt', 'a-bom'],
    ['b-article.txt', 'b-article'],
    ['c-empty.txt', 'EMPTY'],
    ['d-blank.txt', 'EMPTY'],
    ['e-image.png', 'BINARY'],
    ['f-big.txt', 'TOO_LARGE'],
    ['g-furniture-only.txt', 'NO_TEXT'],
    ['h-dangling.txt', 'UNREADABLE'],
    ['sub/a-first.txt', 'a-first'],
    ['sub/z-last.md', 'z-last'],
    ['missing.txt', 'UNREADABLE'],
  ]);
});

test('a UTF-8 BOM does not reach the title', async () => {
  for await (const item of readSources([join(root, 'a-bom.txt')])) {
    assert.ok(!(item instanceof IngestError));
    assert.equal(item.title, 'Un titre de nouvelle');
  }
});

const isRoot = process.getuid?.() === 0;

test('a file without read permission is UNREADABLE', { skip: isRoot && 'root reads every file' }, async () => {
  const locked = join(root, 'locked.txt');
  writeFileSync(locked, ARTICLE);
  chmodSync(locked, 0o000);
  const codes: string[] = [];
  for await (const item of readSources([locked])) codes.push(item instanceof IngestError ? item.code : 'document');
  assert.deepEqual(codes, ['UNREADABLE']);
});
