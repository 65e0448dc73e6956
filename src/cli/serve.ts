import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../api/server.js';
import { serveWeb } from '../api/web-static.js';
import { repoRoot } from '../repo-root.js';
import { parseCount } from './docs.js';
import { CliError } from './errors.js';
import { extractGraph } from './ingest.js';
import { openStore } from './store-option.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app at / and the JSON API at /api (OpenAPI document at /api/openapi.json)')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--port <n>', 'port (0: any free port)', parseCount, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <secret>', 'bearer token that enables writes (default: $VEILLE_TOKEN; without one, writes are disabled)')
    .action(async (opts: { db?: string; port: number; host: string; token?: string }) => {
      const store = openStore(opts.db, { create: true });
      const token = opts.token || process.env.VEILLE_TOKEN || null;
      let server;
      try {
        const web = join(repoRoot(), 'web/dist');
        // The web app is built by `npm ci` (prepare); without it the API still serves.
        const mount = existsSync(join(web, 'index.html')) ? (app: Parameters<typeof serveWeb>[0]) => serveWeb(app, web) : undefined;
        server = await startServer({ store, token, extract: extractGraph }, { port: opts.port, host: opts.host, mount });
      } catch (e) {
        store.close();
        throw new CliError(`cannot listen on ${opts.host}:${opts.port}: ${(e as Error).message}`);
      }
      console.log(`Veille on ${server.url}/ (API: ${server.url}/api, OpenAPI: ${server.url}/api/openapi.json), store ${store.path}; ` +
        `writes ${token ? 'need the bearer token' : 'disabled (no token)'}. Ctrl-C stops.`);
      const stop = () => void server.close().then(() => store.close());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
