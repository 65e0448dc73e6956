import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRoutes } from '../../src/api/app.js';
import { startServer } from '../../src/api/server.js';
import { extractGraph } from '../../src/cli/ingest.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { fixtureStore } from '../graph/fixtures.js';

export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many shapes, checked by schema
}

export interface TestServer {
  url: string;
  store: SqliteStore;
  get(path: string): Promise<Answer>;
  post(path: string, body: unknown, token?: string): Promise<Answer>;
  close(): Promise<void>;
}

/** The real server on a free port, over a temporary store holding the graph fixtures. */
export async function startTestServer(opts: { token?: string | null } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'veille-api-'));
  const store = fixtureStore(join(dir, 'api.db'));
  const server = await startServer({ store, token: opts.token ?? null, extract: extractGraph }, { port: 0 });
  const call = async (path: string, init?: RequestInit): Promise<Answer> => {
    const r = await fetch(server.url + path, init);
    assert.match(r.headers.get('content-type') ?? '', /application\/json/, `${path} answers JSON`);
    return { status: r.status, body: await r.json() };
  };
  return {
    url: server.url,
    store,
    get: (path) => call(path),
    post: (path, body, token) => call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts a success answer matches the response schema its route declares in the OpenAPI document. */
export function assertDeclared(method: 'get' | 'post', path: string, answer: Answer): void {
  const route = apiRoutes().find((r) => r.method === method && r.path === path);
  assert.ok(route, `a declared route ${method} ${path}`);
  assert.equal(answer.status, route.response.status, JSON.stringify(answer.body));
  const parsed = route.response.schema.safeParse(answer.body);
  assert.ok(parsed.success, `${method} ${path}: ${parsed.success ? '' : parsed.error.message}`);
}

/** Asserts an error answer: status, code, and the `{error: {code, message}}` shape. */
export function assertError(answer: Answer, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.error?.code, code, JSON.stringify(answer.body));
  assert.equal(typeof answer.body.error.message, 'string');
}
