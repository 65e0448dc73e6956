import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { IngestError, parseFile, type SourceDocument } from '../../src/ingest/index.js';

// The shared seeds sit beside the repository; without them these tests skip.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = !existsSync(SEEDS) && 'no shared/seeds beside the repository';

/** The seed's raw lines and its document. Expectations are read from the seed at test time. */
function seed(prefix: string): { lines: string[]; doc: SourceDocument } {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  const bytes = readFileSync(SEEDS + name);
  const [doc] = parseFile(SEEDS + name, bytes);
  const lines = bytes.toString('utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return { lines, doc: doc! };
}

/** A short opening of a paragraph: enough to find it, not a copy of it. */
const opening = (line: string) => line.slice(0, 40);
/** The first paragraph of real prose: titles, datelines, bylines and captions are shorter. */
const firstProse = (lines: string[]) => lines.find((l) => l.length > 150)!;
/** The last paragraph before the furniture that starts with `marker`. */
const lastBefore = (lines: string[], marker: RegExp) => lines[lines.findIndex((l) => marker.test(l)) - 1]!;

// Teaser, comment form and footer lines as the seeds' sites print them.
const FURNITURE = ['À la une', 'EXPERT INVITÉ', 'Laisser une réponse', 'Vous connecter avec vos identifiants', 'Create Account', 'Aller à la barre d’outils', '©2022', 'Tags:', 'Commentaires'];

test('seed 000: teasers cut, title once, dateline and byline read and removed', { skip }, () => {
  const { lines, doc } = seed('000_');
  for (const s of FURNITURE) assert.ok(!doc.text.includes(s), `furniture left: ${s}`);
  assert.ok(doc.text.startsWith(opening(firstProse(lines))), 'first paragraph kept (photo caption dropped)');
  assert.ok(doc.text.endsWith(lastBefore(lines, /^À la une$/)), 'last paragraph kept');
  assert.equal(doc.title, lines[0]);
  assert.ok(!doc.text.includes(lines[0]!), 'title not repeated in the text');
  assert.equal(doc.published, '2013-11-07');
  assert.equal(doc.author, /^Par (.+)$/.exec(lines.find((l) => l.startsWith('Par '))!)![1]);
  assert.ok(!/Publié le|mis à jour|^Par /m.test(doc.text), 'dateline or byline left in the text');
  assert.ok(!doc.text.includes('(Photo:'), 'photo caption left');
});

test('seed 002: comment form, login box and footer cut; article kept whole', { skip }, () => {
  const { lines, doc } = seed('002_');
  for (const s of FURNITURE) assert.ok(!doc.text.includes(s), `furniture left: ${s}`);
  assert.ok(doc.text.includes(opening(firstProse(lines))), 'first paragraph kept');
  assert.ok(doc.text.endsWith(lastBefore(lines, /^Tags:/)), 'last paragraph kept');
  assert.ok(doc.text.includes(opening(lines[1]!)), 'the note under the title is article text');
});

test('seed 004: the dateline opening the first paragraph wins over the bare one above it', { skip }, () => {
  const { lines, doc } = seed('004_');
  assert.equal(doc.published, '2013-10-21');
  const [, rest] = lines[1]!.split(/ [–—-] /, 2);
  assert.ok(doc.text.startsWith(opening(rest!)), 'dateline prefix removed, paragraph kept');
  assert.ok(!doc.text.includes(lines[0]!), 'bare dateline line removed');
  const headings = lines.slice(2).filter((l) => l.length < 60 && !/[.!?»]$/.test(l));
  assert.ok(headings.length > 0);
  for (const h of headings) assert.ok(doc.text.includes(`\n\n${h}\n\n`), `section heading kept: ${h}`);
});

test('seed 001: list items stay, the source-citation line goes', { skip }, () => {
  const { lines, doc } = seed('001_');
  const items = lines.filter((l) => l.startsWith('- '));
  assert.ok(items.length > 5);
  for (const item of items) assert.ok(doc.text.includes(item), `list item kept: ${opening(item)}`);
  assert.ok(!/^Sources? :/m.test(doc.text) && !doc.text.includes('https://'));
});

test('all seeds ingest without error, in French, with one blank line between paragraphs', { skip }, () => {
  const names = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  assert.equal(names.length, 5);
  for (const name of names) {
    const docs = parseFile(SEEDS + name, readFileSync(SEEDS + name));
    assert.ok(!docs.some((d) => d instanceof IngestError));
    assert.equal(docs[0]!.lang, 'fr', name);
    assert.ok(!/\n{3,}/.test(docs[0]!.text) && docs[0]!.text.length > 1000, name);
  }
});
