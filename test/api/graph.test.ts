import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

test('an entity neighbourhood: nodes and edges at depth 1 and 2', async () => {
  const rne = (await s.get('/api/entities?q=rne')).body.items[0].id;
  const one = await s.get(`/api/entities/${rne}/graph`);
  assertDeclared('get', '/api/entities/:id/graph', one);
  const names = (g: { nodes: { name: string }[] }) => g.nodes.map((n) => n.name).sort();
  assert.ok(names(one.body).includes('Université de Sherbrooke'));
  assert.ok(!names(one.body).includes('gouvernement du Québec'));
  const ids = new Set(one.body.nodes.map((n: { id: number }) => n.id));
  for (const e of one.body.edges) assert.ok(ids.has(e.source) && ids.has(e.target), 'edges join listed nodes');
  const two = await s.get(`/api/entities/${rne}/graph?depth=2`);
  assert.ok(names(two.body).includes('gouvernement du Québec'), 'funder of a partner, two hops away');
  const capped = await s.get(`/api/entities/${rne}/graph?depth=2&maxNodes=3`);
  assert.equal(capped.body.nodes.length, 3);
  assert.equal(capped.body.truncated, true);
});

test('graph inputs are checked', async () => {
  assertError(await s.get('/api/entities/1/graph?depth=3'), 400, 'BAD_REQUEST');
  assertError(await s.get('/api/entities/4242/graph'), 404, 'NOT_FOUND');
});
