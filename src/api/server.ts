import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { ApiDeps } from './route.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the API on `host:port` (port 0: any free port) and resolves once it listens.
 * `mount` adds more routes outside /api, e.g. the web app at `/`.
 */
export function startServer(deps: ApiDeps, opts: { port?: number; host?: string; mount?: (app: Hono) => void } = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const app = createApp(deps);
  opts.mount?.(app);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
