import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { exportJsonLd } from '../../src/export/jsonld.js';
import { exportFixture } from './exports.js';

const x = exportFixture();
after(() => x.done());

interface Node { '@id': string; '@type': string; [k: string]: unknown }

test('JSON-LD parses, uses schema.org types, and every reference resolves', () => {
  const doc = JSON.parse(x.text((sink) => exportJsonLd(x.store, sink))) as { '@context': Record<string, string>; '@graph': Node[] };
  assert.equal(doc['@context']['@vocab'], 'https://schema.org/');
  const graph = doc['@graph'];
  const byType = (t: string) => graph.filter((n) => n['@type'] === t);
  assert.equal(byType('NewsArticle').length, 5);
  assert.equal(byType('Person').length, 1);
  assert.equal(byType('MonetaryGrant').length, 2);
  const rne = byType('Organization').find((n) => n.name === "Réseau numérique de l'Estrie")!;
  assert.deepEqual(rne.alternateName, ['RNE']);
  assert.equal((rne.subjectOf as unknown[]).length, 3);
  const grant = byType('MonetaryGrant').find((n) => (n.fundedItem as { '@id': string })['@id'] === rne['@id'])!;
  assert.deepEqual(grant.amount, { '@type': 'MonetaryAmount', value: 2000000, currency: 'CAD' });
  const quotes = grant.isBasedOn as { '@type': string; text: string; isPartOf: { '@id': string } }[];
  assert.deepEqual(quotes.map((q) => q['@type']), ['Quotation', 'Quotation']);
  assert.match(quotes[0]!.text, /recevra 2 millions/);
  const ids = new Set(graph.map((n) => n['@id']));
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['@id'] === 'string' && Object.keys(o).length === 1) refs.push(o['@id']);
      Object.values(o).forEach(walk);
    }
  };
  walk(graph);
  assert.ok(refs.length > 20);
  for (const r of refs) assert.ok(ids.has(r), `${r} is defined`);
});
