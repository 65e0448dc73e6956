import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.js';

/** Parses `value` with `schema`, or throws a 400 naming the first problems: « limit: Too big… ». */
export function validate<S extends z.ZodType>(schema: S | undefined, value: unknown): z.infer<S> | undefined {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  throw new ApiError('BAD_REQUEST', problems.join('; '));
}

export async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) throw new ApiError('BAD_JSON', 'the request body must be a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ApiError('BAD_JSON', `the request body is not valid JSON: ${(e as Error).message}`);
  }
}
