import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, SearchHit } from '../../src/store/graph-types.js';
import { buildWeb, launch, skipReason, startVeille, tempDir, type Browser, type Veille } from './harness.js';

// Articles whose text holds markup. Written for this test; the markup must show as characters, never run.
const ARTICLES: [string, string][] = [
  ['balises-texte.txt', [
    'Essai <b>gras</b> et <script>window.__pwned = 1</script>',
    '',
    'Montréal, 3 mars 2021 – La société Balises Numériques inc. a publié un guide où figure le code <script>window.__pwned = 2</script> tel quel.',
    '',
    'Le guide montre aussi <img src="x" onerror="window.__pwned = 3"> et <a href="javascript:window.__pwned=4">un lien</a> comme exemples à éviter.',
  ].join('\n')],
  ['balises-page.html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sécurité &lt;img src=x onerror=alert(1)&gt; au menu</title></head>
<body><article><h1>Sécurité &lt;img src=x onerror=alert(1)&gt; au menu</h1>
<p>Québec, 4 avril 2022 – L'entreprise Gardien Web a présenté la faille &lt;script&gt;window.__pwned = 5&lt;/script&gt; à ses clients de la Capitale-Nationale.</p>
<p>Selon l'équipe, une page qui affiche &lt;img src=x onerror="window.__pwned = 6"&gt; sans l'échapper est vulnérable.</p></article></body></html>`],
];

describe('article text is rendered as text', { skip: skipReason }, () => {
  const dir = tempDir('veille-e2e-xss-');
  let veille: Veille;
  let browser: Browser;

  before(async () => {
    const articles = join(dir.path, 'articles');
    mkdirSync(articles);
    for (const [name, text] of ARTICLES) writeFileSync(join(articles, name), text);
    await buildWeb(join(dir.path, 'web'));
    veille = await startVeille([articles], join(dir.path, 'veille.db'), join(dir.path, 'web'));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await veille?.close();
    dir.remove();
  });

  for (const [name, marker] of [['balises-texte', '<script>window.__pwned = 2</script>'], ['balises-page', '<script>window.__pwned = 5</script>']]) {
    it(`shows ${name}'s markup as characters in the source view`, async () => {
      const { page } = browser;
      await page.goto(`${veille.url}/#/doc/${name}`);
      const text = page.locator('.article-text');
      await text.waitFor();
      assert.ok((await text.innerText()).includes(marker), 'the markup is on the page as text');
      assert.equal(await page.locator('.article-text script, .article-text img, .article h1 b, .article-text a[href^="javascript"]').count(), 0);
      assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
    });
  }

  it('shows markup in search snippets and titles as characters', async () => {
    const { page } = browser;
    const hits = await veille.api<Page<SearchHit>>('/api/search?q=guide');
    assert.ok(hits.total > 0);
    await page.goto(`${veille.url}/#/search?q=guide`);
    await page.locator('.hit').first().waitFor();
    assert.equal(await page.locator('.hits img, .hits script, .hits b').count(), 0);
    await page.goto(`${veille.url}/#/`);
    await page.locator('.home li a[href^="#/doc/"]').first().waitFor();
    assert.ok((await page.locator('.home').innerText()).includes('<img src=x onerror=alert(1)>'));
    assert.equal(await page.locator('.home img').count(), 0);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(browser.errors, []);
  });
});
