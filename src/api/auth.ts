import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

/**
 * Writes need `Authorization: Bearer <token>`. With no token configured (VEILLE_TOKEN or --token)
 * writes are off altogether (403), so a forgotten setting never leaves the graph open to anyone.
 */
export function checkToken(c: Context, token: string | null): void {
  if (!token) throw new ApiError('WRITES_DISABLED', 'writes are disabled: start the server with --token or VEILLE_TOKEN');
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
  if (!given || !sameSecret(given, token)) throw new ApiError('UNAUTHORIZED', 'a valid bearer token is required to write');
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
