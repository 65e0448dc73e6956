import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sink } from '../../src/export/sink.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';
import { fixtureStore } from '../graph/fixtures.js';

/** A temp folder with the fixture store; `text(fn)` captures what an exporter writes. */
export function exportFixture(): { dir: string; store: SqliteStore; text(fn: (sink: Sink) => void): string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'veille-export-'));
  const store = fixtureStore(join(dir, 'x.db'));
  return {
    dir,
    store,
    text(fn) {
      let out = '';
      fn({ write: (c) => void (out += c), close() {} });
      return out;
    },
    done() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
