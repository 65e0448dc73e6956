import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentView } from '../../src/store/queries/documents.js';
import type { EntitySummary, GraphStats, Neighbourhood, Page, FundingRow, GraphNode } from '../../src/store/graph-types.js';
import { buildWeb, launch, repoRoot, skipReason, startVeille, tempDir, waitUntil, type Browser, type Veille } from './harness.js';

/** An organization with facts whose graph has a neighbour that brings new nodes when expanded. */
async function pickOrganization(v: Veille): Promise<{ org: EntitySummary; neighbour: GraphNode }> {
  const orgs = await v.api<Page<EntitySummary>>('/api/entities?type=ORG&limit=100');
  for (const org of orgs.items.filter((o) => o.factCount > 0)) {
    const g = await v.api<Neighbourhood>(`/api/entities/${org.id}/graph`);
    const shown = new Set(g.nodes.map((n) => n.id));
    for (const n of g.nodes.filter((x) => x.id !== org.id)) {
      const next = await v.api<Neighbourhood>(`/api/entities/${n.id}/graph`);
      if (next.nodes.some((m) => !shown.has(m.id))) return { org, neighbour: n };
    }
  }
  throw new Error('no organization of the demo corpus has a two-step neighbourhood');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the web app on the demo corpus', { skip: skipReason }, () => {
  const dir = tempDir('veille-e2e-');
  let veille: Veille;
  let browser: Browser;

  before(async () => {
    await buildWeb(join(dir.path, 'web'));
    veille = await startVeille([join(repoRoot, 'examples/articles')], join(dir.path, 'veille.db'), join(dir.path, 'web'));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await veille?.close();
    dir.remove();
  });

  it('searches an organization, follows a fact to its sentence, expands the graph, checks the funding total', async () => {
    const { page } = browser;
    const { org, neighbour } = await pickOrganization(veille);
    await page.goto(`${veille.url}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    // Type-ahead: the organization is suggested, and choosing it opens its profile.
    await page.fill('#top-search', org.name);
    await page.locator('.suggestions li', { hasText: org.name }).first().click();
    await page.waitForURL(`**/#/entity/${org.id}`);
    assert.equal(squash(await page.locator('.profile-head h1').innerText()).startsWith(org.name), true);

    // A fact's source link opens the article with the fact's sentence marked and in view.
    const link = page.locator('#facts li.fact a.source-link').first();
    const target = new URL((await link.getAttribute('href'))!.slice(1), 'http://x');
    const [, , doc] = target.pathname.split('/');
    const factId = Number(target.searchParams.get('fact'));
    await link.click();
    const mark = page.locator('mark.fact-sentence');
    await mark.waitFor();
    const view = await veille.api<DocumentView>(`/api/documents/${doc}`);
    const source = view.facts.find((f) => f.id === factId)!.sources.find((s) => s.doc === decodeURIComponent(doc!))!;
    assert.equal(squash(await mark.innerText()), squash(view.text.slice(source.start!, source.end!)));
    await waitUntil(async () => {
      const box = await mark.boundingBox();
      return !!box && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
    }, 'the marked sentence is in view');
    assert.equal(await page.locator('li.fact.selected').getAttribute('data-fact'), String(factId));

    // The graph: expanding a neighbour adds nodes.
    await page.goto(`${veille.url}/#/entity/${org.id}`);
    await page.locator('.profile-head a.button').click();
    const canvas = page.locator('.graph-canvas[data-nodes]');
    await canvas.waitFor();
    const before = Number(await canvas.getAttribute('data-nodes'));
    assert.ok(before >= 2, `the neighbourhood has ${before} nodes`);
    await page.locator('.node-list button.expand').first().waitFor();
    await page.locator(`.node-list button.expand[data-node="${neighbour.id}"]`).click();
    await waitUntil(async () => Number(await canvas.getAttribute('data-nodes')) > before, `the graph has more than ${before} nodes`);

    // The funding dashboard's total is the API's aggregate.
    await page.locator('.main-nav a[href="#/funding"]').click();
    const stats = await veille.api<GraphStats>('/api/stats');
    const cad = stats.funding.total.find((m) => m.currency === 'CAD');
    assert.ok(cad && cad.total > 0, 'the demo corpus yields funding in CAD');
    const shown = page.locator('.grand-total .total[data-currency="CAD"]');
    await shown.waitFor();
    assert.equal(Number(await shown.getAttribute('data-total')), cad.total);
    assert.match(squash(await shown.innerText()), new RegExp(new Intl.NumberFormat('fr-CA').format(cad.total).replace(/\s/g, '\\s')));
    const byFunder = await veille.api<Page<FundingRow>>('/api/aggregates/funding?by=funder&limit=100');
    await page.locator('#funding-funder details.table-box summary').click();
    const cells = await page.locator('#funding-funder table.data td[data-total]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-total'))));
    assert.deepEqual(cells, byFunder.items.map((r) => r.total));
    assert.deepEqual(browser.errors, []);
  });

  it('switches to English and remembers it', async () => {
    const { page } = browser;
    await page.goto(`${veille.url}/#/`);
    await page.locator('button.lang').click();
    await page.locator('.main-nav a', { hasText: 'Search' }).waitFor();
    await page.reload();
    await page.locator('.main-nav a', { hasText: 'Timeline' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.locator('button.lang').click();
    await page.locator('.main-nav a', { hasText: 'Chronologie' }).waitFor();
  });

  it('renames and merges entities with the write token, reflected at once', async () => {
    const { page } = browser;
    const orgs = (await veille.api<Page<EntitySummary>>('/api/entities?type=ORG&limit=50')).items;
    const [a, b] = [orgs[0]!, orgs.find((o, i) => i > 0 && o.name.toLowerCase() !== orgs[0]!.name.toLowerCase())!];
    await page.goto(`${veille.url}/#/entity/${a.id}`);
    await page.locator('details.curation summary').click();
    await page.fill('details.curation input[type=password]', veille.token);
    await page.locator('details.curation button[type=submit]').click();

    await page.fill('.curation input[aria-label]', 'Organisation renommée pour l’essai');
    await page.locator('.curation form.row button[type=submit]').click();
    await page.locator('.profile-head h1', { hasText: 'Organisation renommée pour l’essai' }).waitFor();

    await page.fill('#merge-pick', b.name);
    await page.locator('.curation .suggestions li', { hasText: b.name }).first().click();
    await page.locator('.profile-head .names', { hasText: b.name }).waitFor();
    const after = await veille.api<{ names: { name: string }[] }>(`/api/entities/${new URL(page.url()).hash.split('/')[2]}`);
    assert.ok(after.names.some((n) => n.name === b.name), 'the API profile has the merged name');
  });

  it('serves the app for any non-API path and keeps /api errors as JSON', async () => {
    const page = await fetch(`${veille.url}/entity/1`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    const missing = await fetch(`${veille.url}/api/nothing-here`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type')!, /json/);
  });
});
