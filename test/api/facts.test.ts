import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

test('facts filter by type, entity and date range, with sources', async () => {
  const boreal = (await s.get('/api/entities?q=logiciels')).body.items[0].id;
  const rows: [string, number][] = [
    ['/api/facts', 9],
    ['/api/facts?type=funding', 2],
    ['/api/facts?type=funding&from=2022', 1],
    ['/api/facts?type=funding&to=2021-12', 1],
    [`/api/facts?entity=${boreal}`, 4],
    [`/api/facts?entity=${boreal}&type=office`, 1],
  ];
  for (const [path, total] of rows) {
    const a = await s.get(path);
    assertDeclared('get', '/api/facts', a);
    assert.equal(a.body.total, total, path);
    for (const f of a.body.items) assert.ok(f.sources.length >= 1 && f.sources[0].text, `${path}: sources`);
  }
  const funding = (await s.get('/api/facts?type=funding&from=2021&to=2021')).body.items[0];
  assert.equal(funding.fields.recipient.name, "Réseau numérique de l'Estrie");
  assert.deepEqual(funding.sources.map((x: { doc: string }) => x.doc), ['g1-financement-rne', 'g2-rne-sherbrooke']);
});

test('bad filters are refused', async () => {
  assertError(await s.get('/api/facts?type=gossip'), 400, 'BAD_REQUEST');
  assertError(await s.get('/api/facts?from=last+year'), 400, 'BAD_REQUEST');
  assertError(await s.get('/api/facts?offset=-1'), 400, 'BAD_REQUEST');
});
