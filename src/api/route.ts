import type { Context } from 'hono';
import type { z } from 'zod';
import type { SourceDocument } from '../ingest/document.js';
import type { DocumentGraph } from '../store/graph-writer.js';
import type { Store } from '../store/store.js';

/** What every handler can use. */
export interface ApiDeps {
  store: Store;
  /** Bearer token required for writes; null disables writes. */
  token: string | null;
  extract: (doc: SourceDocument) => DocumentGraph;
}

type Schema = z.ZodType | undefined;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/**
 * One API route, declared once: the app registers it, validates its inputs with its zod schemas,
 * and the OpenAPI document is generated from the same declaration, so the two cannot drift apart.
 */
export interface RouteDef<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema> {
  method: 'get' | 'post';
  /** Hono path, e.g. /api/entities/:id */
  path: string;
  tag: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Writes: need the bearer token. */
  auth?: boolean;
  /** Success status → response schema (for the OpenAPI document and the tests). */
  response: { status: 200 | 201; schema: z.ZodType; description: string };
  handler: (input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> }, deps: ApiDeps, c: Context) => unknown;
}

/** Keeps each route's input types inferred from its schemas. */
export function route<P extends Schema, Q extends Schema, B extends Schema>(def: RouteDef<P, Q, B>): RouteDef {
  return def as unknown as RouteDef;
}
