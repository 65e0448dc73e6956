import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

const TOKEN = 'jeton-de-test';
let s: TestServer;
before(async () => { s = await startTestServer({ token: TOKEN }); });
after(() => s.close());

test('lists documents newest first, paged', async () => {
  const a = await s.get('/api/documents?limit=2');
  assertDeclared('get', '/api/documents', a);
  assert.equal(a.body.total, 5);
  assert.deepEqual(a.body.items.map((d: { id: string }) => d.id), ['g5-boreal-english', 'g4-boreal-quebec']);
});

test('a document comes with its text, entity spans and facts', async () => {
  const a = await s.get('/api/documents/g1-financement-rne');
  assertDeclared('get', '/api/documents/:id', a);
  const d = a.body;
  for (const m of d.mentions) assert.equal(d.text.slice(m.start, m.end), m.text);
  const rne = d.mentions.filter((m: { text: string }) => m.text === 'RNE');
  assert.equal(rne.length, 3);
  assert.equal(rne[0].entity.name, "Réseau numérique de l'Estrie");
  assert.deepEqual(d.facts.map((f: { type: string }) => f.type).sort(), ['funding', 'members', 'role']);
  assertError(await s.get('/api/documents/absent'), 404, 'NOT_FOUND');
});

test('posting a document needs the token, then ingests and resolves it', async () => {
  const body = {
    name: 'rne-nouvelle.txt',
    content: 'Le RNE accueille un nouveau membre\n\nSherbrooke, le 4 avril 2024 – Le Réseau numérique de l\'Estrie (RNE) accueille Logiciels Boréal parmi ses membres.\n',
  };
  assertError(await s.post('/api/documents', body), 401, 'UNAUTHORIZED');
  assertError(await s.post('/api/documents', body, 'mauvais'), 401, 'UNAUTHORIZED');
  const a = await s.post('/api/documents', body, TOKEN);
  assertDeclared('post', '/api/documents', a);
  assert.deepEqual(a.body.documents, [{ id: 'rne-nouvelle', status: 'added', extracted: true }]);
  const again = await s.post('/api/documents', body, TOKEN);
  assert.deepEqual(again.body.documents, [{ id: 'rne-nouvelle', status: 'unchanged', extracted: false }]);
  const doc = (await s.get('/api/documents/rne-nouvelle')).body;
  assert.equal(doc.published, '2024-04-04');
  const rneIds = new Set(doc.mentions.filter((m: { text: string }) => /RNE|Réseau numérique/.test(m.text)).map((m: { entity: { id: number } }) => m.entity?.id));
  const known = (await s.get('/api/entities?q=rne')).body.items[0].id;
  assert.deepEqual([...rneIds], [known], 'the new article joins the existing entity');
});

test('bad posted documents are refused with a code', async () => {
  assertError(await s.post('/api/documents', '{"name": ', TOKEN), 400, 'BAD_JSON');
  assertError(await s.post('/api/documents', { name: 'x.txt' }, TOKEN), 400, 'BAD_REQUEST');
  assertError(await s.post('/api/documents', { name: 'vide.txt', content: '   \n' }, TOKEN), 400, 'INVALID_DOCUMENT');
  assertError(await s.post('/api/documents', { name: 'x.txt', content: 'a'.repeat(7_000_000) }, TOKEN), 413, 'PAYLOAD_TOO_LARGE');
});
