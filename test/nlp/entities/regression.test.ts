import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entityLabels, PINNED } from '../../../scripts/update-entity-fixtures.js';

// The entities found in three demo articles, pinned. An intended change: rerun
// `node --import tsx scripts/update-entity-fixtures.ts` and review the diff of test/fixtures/entities/.
for (const file of PINNED) {
  test(`entities of ${file} are unchanged`, () => {
    const fixture = new URL(`../../fixtures/entities/${file.replace(/\.[a-z]+$/, '.json')}`, import.meta.url);
    const pinned = JSON.parse(readFileSync(fixture, 'utf8')) as { entities: string[] };
    assert.deepEqual(entityLabels(file), pinned.entities);
  });
}
