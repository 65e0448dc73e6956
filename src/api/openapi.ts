import { z } from 'zod';
import { version } from '../cli/version.js';
import type { RouteDef } from './route.js';
import { errorBody } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (2020-12, the dialect of OpenAPI 3.1) of a zod schema, as a request or a response. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name, in: where, required: where === 'path' || (s.required ?? []).includes(name),
      ...(description ? { description } : {}), schema: rest,
    };
  });
}

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function operation(r: RouteDef): JsonSchema {
  const responses: JsonSchema = {
    [r.response.status]: { description: r.response.description, content: { 'application/json': { schema: jsonSchema(r.response.schema, 'output') } } },
    400: error('invalid input'),
    500: error('unexpected failure'),
  };
  if (r.path.includes(':')) responses[404] = error('not found');
  if (r.auth) Object.assign(responses, { 401: error('missing or wrong bearer token'), 403: error('writes are disabled on this server') });
  return {
    summary: r.summary,
    tags: [r.tag],
    operationId: `${r.method}${r.path.replace(/\/api/, '').replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase())}`,
    parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
    ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
    responses,
    ...(r.auth ? { security: [{ bearer: [] }] } : {}),
  };
}

/** The OpenAPI 3.1 document, generated from the same route declarations the app serves. */
export function openApiDocument(routes: RouteDef[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) (paths[r.path.replace(/:(\w+)/g, '{$1}')] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Veille API',
      version: version(),
      description: 'The sourced knowledge graph of Québec\'s digital ecosystem: articles, entities, facts and their sources. ' +
        'Reads are open; writes need `Authorization: Bearer <token>`. Lists are paged with limit/offset and report total. ' +
        'Errors are `{"error": {"code", "message"}}`.',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
