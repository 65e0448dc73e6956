import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApp } from '../../src/api/app.js';
import { assertDeclared, assertError, startTestServer, type TestServer } from './server.js';

let s: TestServer;
before(async () => { s = await startTestServer(); });
after(() => s.close());

test('every route the app serves is in the OpenAPI document, and nothing else', async () => {
  const a = await s.get('/api/openapi.json');
  assertDeclared('get', '/api/openapi.json', a);
  assert.equal(a.body.openapi, '3.1.0');
  const documented = Object.entries(a.body.paths as Record<string, object>)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
  const app = createApp({ store: s.store, token: null, extract: () => ({ entities: [], facts: [] }) });
  const served = [...new Set(app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`))].sort();
  assert.deepEqual(documented, served);
});

test('the document describes parameters, bodies, auth and errors', async () => {
  const doc = (await s.get('/api/openapi.json')).body;
  const facts = doc.paths['/api/facts'].get;
  assert.deepEqual(facts.parameters.map((p: { name: string }) => p.name), ['type', 'entity', 'from', 'to', 'limit', 'offset']);
  const profile = doc.paths['/api/entities/{id}'].get;
  assert.deepEqual(profile.parameters[0], { name: 'id', in: 'path', required: true, schema: { type: 'integer', exclusiveMinimum: 0, maximum: 9007199254740991 } });
  const post = doc.paths['/api/documents'].post;
  assert.deepEqual(post.security, [{ bearer: [] }]);
  assert.deepEqual(post.requestBody.content['application/json'].schema.required, ['name', 'content']);
  for (const status of ['201', '400', '401', '403']) assert.ok(post.responses[status], status);
  assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
});

test('unknown API paths are JSON 404s', async () => {
  assertError(await s.get('/api/nothing-here'), 404, 'NOT_FOUND');
  const r = await fetch(`${s.url}/api/entities`, { method: 'DELETE' });
  assert.equal(r.status, 404);
  assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
});
