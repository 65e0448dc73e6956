import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

const TOKEN = 'jeton-de-test';
let s: TestServer;
let closed: TestServer;
before(async () => {
  s = await startTestServer({ token: TOKEN });
  closed = await startTestServer({ token: null });
});
after(async () => {
  await s.close();
  await closed.close();
});

const id = async (q: string, type = '') => (await s.get(`/api/entities?q=${encodeURIComponent(q)}${type}`)).body.items[0].id as number;

test('without a configured token, writes are disabled', async () => {
  assertError(await closed.post('/api/entities/1/rename', { name: 'X' }, 'anything'), 403, 'WRITES_DISABLED');
  assertError(await closed.post('/api/documents', { name: 'a.txt', content: 'texte' }), 403, 'WRITES_DISABLED');
});

test('writes need the right token', async () => {
  assertError(await s.post('/api/entities/1/rename', { name: 'X' }), 401, 'UNAUTHORIZED');
  assertError(await s.post('/api/entities/1/rename', { name: 'X' }, 'faux'), 401, 'UNAUTHORIZED');
});

test('merge, split and rename, then list the decisions', async () => {
  const gov = await id('gouvernement');
  const ministry = await id('ministere');
  const merged = await s.post(`/api/entities/${gov}/merge`, { from: ministry }, TOKEN);
  assertDeclared('post', '/api/entities/:id/merge', merged);
  assert.equal(merged.body.entity, gov);
  assertError(await s.get(`/api/entities/${ministry}`), 404, 'NOT_FOUND');

  const rne = await id('rne');
  const split = await s.post(`/api/entities/${rne}/split`, { docs: ['g3-mission-lyon'] }, TOKEN);
  assertDeclared('post', '/api/entities/:id/split', split);
  assert.equal(split.body.entity, rne);
  assert.equal(split.body.split.length, 1);

  const renamed = await s.post(`/api/entities/${rne}/rename`, { name: 'RNE (Estrie)' }, TOKEN);
  assertDeclared('post', '/api/entities/:id/rename', renamed);
  assert.equal((await s.get(`/api/entities/${rne}`)).body.name, 'RNE (Estrie)');

  const decisions = await s.get('/api/decisions');
  assertDeclared('get', '/api/decisions', decisions);
  assert.deepEqual(decisions.body.items.map((d: { action: string }) => d.action), ['merge', 'split', 'rename']);
});

test('curation requests that make no sense get 400 or 404 with a code', async () => {
  const lyon = await id('lyon');
  const boreal = await id('logiciels');
  assertError(await s.post(`/api/entities/${boreal}/merge`, { from: lyon }, TOKEN), 400, 'TYPE_MISMATCH');
  assertError(await s.post(`/api/entities/${boreal}/merge`, { from: 987654 }, TOKEN), 404, 'NOT_FOUND');
  assertError(await s.post(`/api/entities/${boreal}/split`, {}, TOKEN), 400, 'BAD_REQUEST');
  assertError(await s.post(`/api/entities/${lyon}/split`, { names: ['Lyon'] }, TOKEN), 400, 'WHOLE_SELECTION');
});

test('cached answers never outlive a change, from this server or another process', async () => {
  const boreal = await id('logiciels');
  assert.equal((await s.get(`/api/entities/${boreal}`)).body.name, 'Logiciels Boréal');
  assert.equal((await s.get(`/api/entities/${boreal}`)).body.name, 'Logiciels Boréal'); // served from the cache
  await s.post(`/api/entities/${boreal}/rename`, { name: 'Boréal (API)' }, TOKEN);
  assert.equal((await s.get(`/api/entities/${boreal}`)).body.name, 'Boréal (API)');
  const other = openSqliteStore(s.store.path);
  other.graph.rename(boreal, 'Boréal (CLI)');
  other.close();
  assert.equal((await s.get(`/api/entities/${boreal}`)).body.name, 'Boréal (CLI)');
});
