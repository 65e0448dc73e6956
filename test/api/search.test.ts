import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

test('search is accent-, case- and inflection-insensitive', async () => {
  const rows: [string, string[]][] = [
    ['QUEBEC', ['g4-boreal-quebec', 'g5-boreal-english']],
    ['réseau numérique', ['g1-financement-rne', 'g2-rne-sherbrooke']],
    ['financée', ['g2-rne-sherbrooke']], // « financés » in the text
    ['directeur', ['g1-financement-rne']], // « directrice »
    ['"bureau à Sherbrooke"', ['g2-rne-sherbrooke']],
    ['software', ['g5-boreal-english']],
  ];
  for (const [q, docs] of rows) {
    const a = await s.get(`/api/search?q=${encodeURIComponent(q)}`);
    assertDeclared('get', '/api/search', a);
    assert.deepEqual(a.body.items.map((h: { doc: string }) => h.doc).sort(), docs, q);
    assert.equal(a.body.total, docs.length);
  }
});

test('search marks matched words in the snippet and pages', async () => {
  const a = await s.get('/api/search?q=Sherbrooke&limit=1&offset=1');
  assertDeclared('get', '/api/search', a);
  assert.equal(a.body.items.length, 1);
  assert.equal(a.body.total, 2);
  const hit = a.body.items[0];
  for (const [start, end] of hit.marks) assert.equal(hit.snippet.slice(start, end), 'Sherbrooke');
});

test('search needs a query', async () => {
  assertError(await s.get('/api/search'), 400, 'BAD_REQUEST');
  assertError(await s.get('/api/search?q=x&limit=1000'), 400, 'BAD_REQUEST');
});
