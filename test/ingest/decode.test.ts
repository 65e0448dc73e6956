import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from '../../src/ingest/decode.js';
import { IngestError } from '../../src/ingest/document.js';

/** Encodes as windows-1252: the typographic characters French text uses live at 0x80–0x9F. */
function cp1252(s: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c };
  return Buffer.from(Array.from(s, (c) => high[c] ?? c.charCodeAt(0)));
}

const FRENCH = 'L’équipe a réuni « 40 élèves » à Lévis — un succès…';

const cases: [string, Uint8Array, string][] = [
  ['UTF-8', Buffer.from(FRENCH, 'utf8'), FRENCH],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]), FRENCH],
  ['windows-1252 (’ is 0x92)', cp1252(FRENCH), FRENCH],
  ['ISO-8859-1 bytes', Buffer.from('Québec, été, « français »', 'latin1'), 'Québec, été, « français »'],
  ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')]), FRENCH],
  ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FRENCH, 'utf16le').swap16()]), FRENCH],
  ['UTF-16LE without BOM', Buffer.from('Montréal et Québec', 'utf16le'), 'Montréal et Québec'],
  [
    'declared ISO-8859-15 (€ at 0xA4)',
    Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><p>Prix : 5 '), Buffer.from([0xa4]), Buffer.from('</p>')]),
    'Prix : 5 €',
  ],
  [
    'declared latin-1 but really UTF-8 (mislabelled page)',
    Buffer.from('<meta charset="iso-8859-1"><p>Société</p>', 'utf8'),
    'Société',
  ],
];

test('decodeBytes decodes each encoding to the same French text', () => {
  for (const [name, bytes, expected] of cases) {
    const text = decodeBytes('f.txt', bytes);
    assert.ok(text.includes(expected), `${name}: got ${JSON.stringify(text)}`);
    assert.ok(!text.startsWith('\ufeff'), `${name}: BOM kept`);
  }
});

const binaries: [string, Uint8Array][] = [
  ['NUL bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
  ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
];

test('decodeBytes refuses binary content with BINARY', () => {
  for (const [name, bytes] of binaries) {
    assert.throws(() => decodeBytes('img.dat', bytes), (e: unknown) => e instanceof IngestError && e.code === 'BINARY', name);
  }
});

test('decodeBytes reports invalid UTF-16 as UNDECODABLE', () => {
  const lone = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate
  assert.throws(() => decodeBytes('bad.txt', lone), (e: unknown) => e instanceof IngestError && e.code === 'UNDECODABLE');
});
