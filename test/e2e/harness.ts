// Shared by the end-to-end tests: build the web app, fill a store, start the real API with the app on it,
// and drive Debian's Chromium with playwright-core (no browser download).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { serveWeb } from '../../src/api/web-static.js';
import { extractGraph, ingest } from '../../src/cli/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const skipReason = hasChromium ? false : `${CHROMIUM} is absent (apt-get install -y chromium); end-to-end tests skipped`;
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
  '--disable-component-update', '--disable-sync',
];

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** `vite build web` into `outDir` (the sources as they are now, not a stale web/dist). */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'web/vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

export interface Veille {
  url: string;
  token: string;
  close: () => Promise<void>;
  /** GET /api/… as JSON. */
  api: <T>(path: string) => Promise<T>;
}

/** Ingests `paths` into a new store at `db` and serves the API with the web app from `webDir` on a free port. */
export async function startVeille(paths: string[], db: string, webDir: string): Promise<Veille> {
  await ingest(paths, db);
  const store = openSqliteStore(db);
  const token = 'e2e-token';
  const app = createApp({ store, token, extract: extractGraph });
  serveWeb(app, webDir);
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ server: s, port: info.port }));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url, token,
    api: async <T>(path: string) => {
      const res = await fetch(url + path);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return (await res.json()) as T;
    },
    close: () => new Promise<void>((done) => {
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      server.close(() => { store.close(); done(); });
    }),
  };
}

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Polls `check` until it holds (Playwright's waitForFunction evaluates strings, which the app's
 * Content-Security-Policy rightly forbids, so browser-side waits are done from here).
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Chromium with a fresh profile directory, one page at 1280×900. */
export async function launch(): Promise<Browser> {
  const profile = tempDir('veille-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 }, locale: 'fr-CA',
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { page, context, errors, close: async () => { await context.close(); profile.remove(); } };
}
