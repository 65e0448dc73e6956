import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Hono } from 'hono';
import { serveWeb } from '../../src/api/web-static.js';
import { tempDir } from './harness.js';

describe('serveWeb', () => {
  const dir = tempDir('veille-web-static-');
  after(() => dir.remove());
  const dist = join(dir.path, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(dir.path, 'secret.txt'), 'outside dist');
  const app = new Hono();
  app.get('/api/ping', (c) => c.json({ ok: true }));
  serveWeb(app, dist);
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND' } }, 404));

  const rows: [string, number, RegExp | null, RegExp | null][] = [
    // path, status, content type, cache-control
    ['/', 200, /^text\/html/, /no-cache/],
    ['/index.html', 200, /^text\/html/, /no-cache/],
    ['/entity/12', 200, /^text\/html/, /no-cache/],
    ['/doc/un-article', 200, /^text\/html/, /no-cache/],
    ['/assets/index-abc123.js', 200, /^text\/javascript/, /immutable/],
    ['/assets/index-abc123.css', 200, /^text\/css/, /max-age=31536000/],
    ['/assets/missing-000.js', 404, null, null],
    ['/api/ping', 200, /json/, null],
    ['/api/unknown', 404, /json/, null],
    ['/..%2fsecret.txt', 404, null, null],
    ['/assets/..%2f..%2fsecret.txt', 404, null, null],
  ];
  for (const [path, status, type, cache] of rows) {
    it(`GET ${path} → ${status}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, status);
      if (type) assert.match(res.headers.get('content-type') ?? '', type);
      if (cache) assert.match(res.headers.get('cache-control') ?? '', cache);
      if (status === 200 && !path.startsWith('/api')) assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.doesNotMatch(await res.text(), /outside dist/);
    });
  }

  it('sends a content security policy with the page that forbids inline scripts', async () => {
    const csp = (await app.request('/')).headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
  });

  it('answers HEAD without a body', async () => {
    const res = await app.request('/assets/index-abc123.js', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), '14');
    assert.equal(await res.text(), '');
  });
});
