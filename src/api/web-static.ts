import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// The app's page may run only its own scripts: an article that slipped markup past the renderer still could not act.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/**
 * Serves the built web app (web/dist) at `/`: files as they are, any other non-/api path as index.html
 * (the app routes in the browser). Vite's hashed files under /assets/ are cached for a year; index.html
 * is revalidated every time, so a new build shows at once. /api paths are left to the API.
 */
export function serveWeb(app: Hono, distDir: string): void {
  const root = resolve(distDir);
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return next();
    const file = await findFile(root, path);
    if (file) return send(c, file, path.startsWith('/assets/'));
    // A missing file that looks like one (/assets/x.js, /favicon.ico) is a 404, not the app's page.
    if (extname(path) && path !== '/index.html') return c.text('Not found', 404);
    const index = join(root, 'index.html');
    if (!(await isFile(index))) return c.text('The web app is not built: run `npm run build:web`.', 404);
    return send(c, index, false);
  });
}

/** The file under `root` a URL path names, or null; never a path outside `root`. */
async function findFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded}`);
  if (full !== root && !full.startsWith(root + sep)) return null;
  return (await isFile(full)) ? full : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function send(c: Context, file: string, immutable: boolean): Promise<Response> {
  const body = await readFile(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'content-type': type,
    'content-length': String(body.length),
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = CSP;
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(new Uint8Array(body), 200, headers);
}
