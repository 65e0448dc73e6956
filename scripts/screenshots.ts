/**
 * Screenshots of the web app's main views on the demo corpus, for the README:
 *
 *   node --import tsx scripts/screenshots.ts [--out docs/screenshots]
 *
 * Builds the app, ingests examples/articles into a temporary store, serves both, and drives Debian's
 * Chromium (/usr/bin/chromium) to each view. The profile shown is the organization with the most facts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntitySummary, FactRecord, Neighbourhood, Page } from '../src/store/graph-types.js';
import { buildWeb, hasChromium, launch, repoRoot, startVeille, tempDir } from '../test/e2e/harness.js';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : join(repoRoot, 'docs/screenshots');
if (!hasChromium) {
  console.error('screenshots: /usr/bin/chromium is absent (apt-get install -y chromium)');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const dir = tempDir('veille-shots-');
try {
  await buildWeb(join(dir.path, 'web'));
  const veille = await startVeille([join(repoRoot, 'examples/articles')], join(dir.path, 'veille.db'), join(dir.path, 'web'));
  const browser = await launch();
  const { page } = browser;
  try {
    const orgs = await veille.api<Page<EntitySummary>>('/api/entities?type=ORG&limit=100');
    const org = [...orgs.items].sort((a, b) => b.factCount - a.factCount || b.documents - a.documents)[0]!;
    const facts = await veille.api<Page<FactRecord>>(`/api/facts?entity=${org.id}&type=funding&limit=1`);
    const fact = facts.items[0] ?? (await veille.api<Page<FactRecord>>(`/api/facts?entity=${org.id}&limit=1`)).items[0]!;
    const graph = await veille.api<Neighbourhood>(`/api/entities/${org.id}/graph`);
    const neighbour = [...graph.nodes].filter((n) => n.id !== org.id).sort((a, b) => b.documents - a.documents)[0];

    const shots: [string, string, () => Promise<void>][] = [
      ['home', '#/', () => page.locator('.home li').first().waitFor()],
      ['search', `#/search?q=${encodeURIComponent('numérique')}`, () => page.locator('.hit').first().waitFor()],
      ['profile', `#/entity/${org.id}`, () => page.locator('.profile-head').waitFor()],
      ['source', `#/doc/${encodeURIComponent(fact.sources[0]!.doc)}?fact=${fact.id}`, async () => {
        await page.locator('mark.fact-sentence').waitFor();
        await page.waitForTimeout(800);
      }],
      ['graph', `#/graph/${org.id}`, async () => {
        await page.locator('.graph-canvas[data-nodes]').waitFor();
        if (neighbour) await page.locator(`.node-list button.expand[data-node="${neighbour.id}"]`).click();
        await page.waitForTimeout(800);
      }],
      ['timeline', '#/timeline', () => page.locator('.timeline-view .chart svg').first().waitFor()],
      ['funding', '#/funding', () => page.locator('#funding-year .chart svg').first().waitFor()],
      ['map', '#/map', () => page.locator('svg.map circle').first().waitFor()],
    ];
    for (const [name, hash, ready] of shots) {
      await page.goto(`${veille.url}/${hash}`);
      await ready();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${name}.png`) });
      console.log(`${name}.png  ${hash}`);
    }
    if (browser.errors.length) console.error(`page errors:\n${browser.errors.join('\n')}`);
  } finally {
    await browser.close();
    await veille.close();
  }
} finally {
  dir.remove();
}
