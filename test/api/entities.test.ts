import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

async function idOf(name: string): Promise<number> {
  const a = await s.get(`/api/entities?q=${encodeURIComponent(name)}&limit=1`);
  return a.body.items[0].id;
}

test('lists entities with type filter, name prefix and paging', async () => {
  const rows: [string, number, string[]][] = [
    ['/api/entities?type=LOC&limit=2', 5, ['Sherbrooke', 'Estrie']],
    ['/api/entities?type=PER', 1, ['Hélène A. Roy']],
    ['/api/entities?q=reseau', 1, ["Réseau numérique de l'Estrie"]],
    ['/api/entities?q=rne', 1, ["Réseau numérique de l'Estrie"]],
    ['/api/entities?q=L%27universite', 1, ['Université de Sherbrooke']],
  ];
  for (const [path, total, names] of rows) {
    const a = await s.get(path);
    assertDeclared('get', '/api/entities', a);
    assert.equal(a.body.total, total, path);
    assert.deepEqual(a.body.items.map((e: { name: string }) => e.name), names, path);
  }
  assertError(await s.get('/api/entities?type=COMPANY'), 400, 'BAD_REQUEST');
});

test('an entity profile has names, resolution, facts with sources, roles, funding, partners', async () => {
  const a = await s.get(`/api/entities/${await idOf('RNE')}`);
  assertDeclared('get', '/api/entities/:id', a);
  const p = a.body;
  assert.deepEqual(p.names.map((n: { name: string }) => n.name).sort(), ['RNE', "Réseau numérique de l'Estrie"]);
  assert.ok(p.resolution.some((r: { reason: string }) => r.reason === 'acronym'));
  assert.deepEqual(Object.keys(p.facts).sort(), ['funding', 'members', 'mission', 'office', 'partnership', 'role']);
  assert.equal(p.facts.funding[0].sources.length, 2);
  assert.deepEqual(p.funding.received, [{ currency: 'CAD', total: 2000000, facts: 1 }]);
  assert.deepEqual(p.roles.map((r: { title: string; date: string }) => `${r.date} ${r.title}`), ['2021-03-02 directrice générale', '2021-03-05 directrice']);
  assert.deepEqual(p.partners.map((x: { entity: { name: string } }) => x.entity.name), ['Université de Sherbrooke']);
  const small = await s.get(`/api/entities/${p.id}?factLimit=1`);
  assert.equal(small.body.factsShown, 1);
});

test('documents mentioning an entity', async () => {
  const a = await s.get(`/api/entities/${await idOf('Logiciels Boréal')}/documents?limit=2`);
  assertDeclared('get', '/api/entities/:id/documents', a);
  assert.equal(a.body.total, 3);
  assert.deepEqual(a.body.items.map((d: { id: string }) => d.id), ['g5-boreal-english', 'g4-boreal-quebec']);
});

test('unknown or malformed entity ids', async () => {
  assertError(await s.get('/api/entities/99999'), 404, 'NOT_FOUND');
  assertError(await s.get('/api/entities/99999/documents'), 404, 'NOT_FOUND');
  assertError(await s.get('/api/entities/abc'), 400, 'BAD_REQUEST');
});
