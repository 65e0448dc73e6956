import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DOMParser } from 'linkedom';
import { exportGraphMl } from '../../src/export/graphml.js';
import { exportFixture } from './exports.js';

interface XmlElement {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<XmlElement>;
  textContent: string | null;
}

const x = exportFixture();
after(() => x.done());

test('GraphML parses back: entities as nodes, facts as edges with sources', () => {
  const rne = x.store.graph.findEntities('RNE')[0]!;
  x.store.graph.rename(rne.id, 'R&D <Estrie> "numérique"');
  const xml = x.text((sink) => exportGraphMl(x.store, sink));
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const keys = new Map([...doc.querySelectorAll('key')].map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]));
  const data = (el: XmlElement) => Object.fromEntries([...el.querySelectorAll('data')].map((d) => [keys.get(d.getAttribute('key')), d.textContent]));
  const nodes = [...doc.querySelectorAll('node')];
  const edges = [...doc.querySelectorAll('edge')];
  assert.equal(nodes.length, 12);
  const ids = new Set(nodes.map((n) => n.getAttribute('id')));
  for (const e of edges) assert.ok(ids.has(e.getAttribute('source')) && ids.has(e.getAttribute('target')));
  const renamed = nodes.find((n) => n.getAttribute('id') === `n${rne.id}`)!;
  assert.equal(data(renamed).label, 'R&D <Estrie> "numérique"');
  const grant = edges.map(data).find((d) => d.fact_type === 'funding' && d.amount === '2000000' && d.label?.startsWith('2'))!;
  assert.equal(grant.sources, 'g1-financement-rne | g2-rne-sherbrooke');
  assert.equal(grant.weight, '2');
  assert.match(grant.evidence!, /recevra 2 millions/);
  const partnership = edges.find((e) => data(e).fact_type === 'partnership')!;
  assert.equal(partnership.getAttribute('directed'), 'false');
});
