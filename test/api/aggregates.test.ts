import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

test('stats count everything and total funding', async () => {
  const a = await s.get('/api/stats');
  assertDeclared('get', '/api/stats', a);
  assert.equal(a.body.documents, 5);
  assert.equal(a.body.facts.byType.funding, 2);
  assert.deepEqual(a.body.funding.total, [{ currency: 'CAD', total: 2500000, facts: 2 }]);
});

test('funding totals by funder, program, recipient and year', async () => {
  const rows: [string, [string | null, number][]][] = [
    ['funder', [["ministère de l'Économie et de l'Innovation", 2000000], ['gouvernement du Québec', 500000]]],
    ['program', [['Vitrines numériques', 2000000], [null, 500000]]],
    ['year', [['2023', 500000], ['2021', 2000000]]],
  ];
  for (const [by, expected] of rows) {
    const a = await s.get(`/api/aggregates/funding?by=${by}`);
    assertDeclared('get', '/api/aggregates/funding', a);
    const got = a.body.items.map((r: { entity: { name: string } | null; year: string | null; total: number }) => [r.year ?? r.entity?.name ?? null, r.total]);
    assert.deepEqual(got, expected, by);
  }
  const recent = await s.get('/api/aggregates/funding?by=recipient&from=2022');
  assert.deepEqual(recent.body.items.map((r: { entity: { name: string } }) => r.entity.name), ['Logiciels Boréal']);
  assertError(await s.get('/api/aggregates/funding?by=color'), 400, 'BAD_REQUEST');
});
