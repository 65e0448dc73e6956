import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { CurationError } from '../graph/curation.js';
import { checkToken } from './auth.js';
import { ResponseCache } from './cache.js';
import { ApiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { route, type ApiDeps, type RouteDef } from './route.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { curationRoutes } from './routes/curation.js';
import { documentRoutes } from './routes/documents.js';
import { entityRoutes } from './routes/entities.js';
import { factRoutes } from './routes/facts.js';
import { graphRoutes } from './routes/graph.js';
import { searchRoutes } from './routes/search.js';
import { jsonBody, validate } from './validate.js';

const MAX_BODY = 6 * 1024 * 1024;

/** Every route of the API, the OpenAPI document's own included. */
export function apiRoutes(): RouteDef[] {
  const routes: RouteDef[] = [
    ...searchRoutes, ...entityRoutes, ...graphRoutes, ...factRoutes, ...documentRoutes, ...aggregateRoutes, ...curationRoutes,
  ];
  let doc: unknown;
  routes.push(route({
    method: 'get', path: '/api/openapi.json', tag: 'meta', summary: 'This OpenAPI 3.1 document',
    response: { status: 200, schema: z.record(z.string(), z.unknown()), description: 'the document' },
    handler: () => (doc ??= openApiDocument(routes)),
  }));
  return routes;
}

/**
 * The JSON API under /api. Everything else is left free for the web app, which can be mounted
 * on the returned app at `/` (e.g. with serveStatic) without touching the API.
 */
export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();
  const cache = new ResponseCache();
  for (const r of apiRoutes()) register(app, r, deps, cache);
  app.all('/api/*', (c) => {
    throw new ApiError('NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname}`);
  });
  app.onError((err, c) => {
    const e = toApiError(err);
    if (e.code === 'INTERNAL') console.error(err);
    return c.json(e.toJSON(), e.status);
  });
  return app;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' };

function register(app: Hono, r: RouteDef, deps: ApiDeps, cache: ResponseCache): void {
  const handle = async (c: Context) => {
    if (r.auth) checkToken(c, deps.token);
    const key = c.req.url;
    const token = r.method === 'get' ? deps.store.graph.changeToken() : '';
    const cached = token ? cache.get(key, token) : undefined;
    if (cached) return c.body(cached, 200, JSON_TYPE);
    const input = {
      params: validate(r.params, c.req.param()),
      query: validate(r.query, c.req.query()),
      body: r.body ? validate(r.body, await jsonBody(c)) : undefined,
    };
    const body = JSON.stringify(await r.handler(input, deps, c));
    if (token) cache.set(key, token, body);
    return c.body(body, r.response.status, JSON_TYPE);
  };
  if (r.method === 'get') app.get(r.path, handle);
  else app.post(r.path, bodyLimit({ maxSize: MAX_BODY, onError: tooLarge }), handle);
}

function tooLarge(): never {
  throw new ApiError('PAYLOAD_TOO_LARGE', `the request body is over ${MAX_BODY} bytes`);
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof CurationError) return new ApiError(err.code, err.message);
  return new ApiError('INTERNAL', 'unexpected failure; see the server log');
}
