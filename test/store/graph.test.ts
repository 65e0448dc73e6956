import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fixtureStore, loadGraphFixtures } from '../graph/fixtures.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-graph-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => fixtureStore(join(dir, `g${n++}.db`));

function only(store: SqliteStore, name: string, type?: 'ORG' | 'LOC' | 'PER') {
  const found = store.graph.findEntities(name, type);
  assert.equal(found.length, 1, `one entity named « ${name} », got ${JSON.stringify(found)}`);
  return store.graph.profile(found[0]!.id)!;
}

/** Entities and facts as comparable text: what a re-ingest must leave alone. */
function snapshot(store: SqliteStore) {
  return {
    entities: store.graph.listEntities({ limit: 1000 }).items.map((e) => `${e.id} ${e.type} ${e.name} docs=${e.documents}`).sort(),
    facts: store.graph.listFacts({ limit: 1000 }).items.map((f) => `${f.id} ${f.type} sources=${f.sourceCount} ${JSON.stringify(f.fields)}`).sort(),
  };
}

describe('graph store', () => {
  it('resolves names across articles: acronym, middle initial, legal suffix', () => {
    const store = fresh();
    const rne = only(store, 'RNE');
    assert.equal(rne.name, "Réseau numérique de l'Estrie");
    assert.equal(rne.documents, 3);
    assert.deepEqual(only(store, "Réseau numérique de l'Estrie").id, rne.id);
    assert.ok(rne.resolution.some((l) => l.reason === 'acronym' && /g1-financement-rne/.test(l.detail)));
    assert.equal(only(store, 'Hélène Roy').id, only(store, 'Hélène A. Roy').id);
    assert.equal(only(store, 'Logiciels Boréal inc.').documents, 3);
    store.close();
  });

  it('keeps « Québec » the government and « Québec » the city apart', () => {
    const store = fresh();
    const all = store.graph.findEntities('Québec');
    assert.deepEqual(all.map((e) => e.type).sort(), ['LOC', 'ORG']);
    store.close();
  });

  it('stores a fact reported by two articles once, with both sources', () => {
    const store = fresh();
    const funding = store.graph.listFacts({ type: 'funding', entity: only(store, 'RNE').id }).items;
    assert.equal(funding.length, 1);
    assert.equal(funding[0]!.sourceCount, 2);
    assert.deepEqual(funding[0]!.sources.map((s) => s.doc), ['g1-financement-rne', 'g2-rne-sherbrooke']);
    assert.equal(funding[0]!.date, '2021-03');
    assert.equal((funding[0]!.fields.program as { name: string }).name, 'Vitrines numériques');
    store.close();
  });

  it('filters facts by type, entity and date range', () => {
    const store = fresh();
    const rows: [Parameters<SqliteStore['graph']['listFacts']>[0], number][] = [
      [{ type: 'funding' }, 2],
      [{ type: 'funding', from: '2022' }, 1],
      [{ type: 'funding', to: '2021' }, 1],
      [{ from: '2021-03-03', to: '2022' }, 3],
      [{ entity: only(store, 'Logiciels Boréal').id }, 4],
    ];
    for (const [filter, total] of rows) assert.equal(store.graph.listFacts(filter).total, total, JSON.stringify(filter));
    const page = store.graph.listFacts({ limit: 2, offset: 1 });
    assert.equal(page.items.length, 2);
    assert.equal(page.total, 9);
    store.close();
  });

  it('re-saving an unchanged extraction changes nothing', () => {
    const store = fresh();
    const before = snapshot(store);
    const fixtures = loadGraphFixtures();
    assert.equal(store.graph.needsExtraction(fixtures[0]!.doc), false);
    store.transaction(() => store.graph.saveExtractions(fixtures.map((f) => ({ docId: f.doc.id, graph: f.graph }))));
    assert.deepEqual(snapshot(store), before);
    store.close();
  });

  it('a changed article replaces its own facts and nothing else', () => {
    const store = fresh();
    const before = snapshot(store);
    const fixtures = loadGraphFixtures();
    const g3 = fixtures.find((f) => f.doc.id === 'g3-mission-lyon')!;
    const text = g3.doc.text.replaceAll('Lyon', 'Nantes');
    const doc = { ...g3.doc, title: g3.doc.title!.replace('Lyon', 'Nantes'), text, hash: 'changed' };
    const entities = g3.graph.entities.map((e) => (e.name === 'Lyon'
      ? { ...e, name: 'Nantes', mentions: e.mentions.map((m) => ({ ...m, text: 'Nantes' })) } : e));
    assert.equal(store.graph.needsExtraction(doc), true);
    store.transaction(() => {
      assert.equal(store.upsertDocument(doc).status, 'updated');
      store.graph.saveExtractions([{ docId: doc.id, graph: { entities, facts: g3.graph.facts } }]);
    });
    const after = snapshot(store);
    const gone = before.facts.filter((f) => !after.facts.includes(f));
    const added = after.facts.filter((f) => !before.facts.includes(f));
    assert.equal(gone.length, 1);
    assert.match(gone[0]!, /mission.*Lyon/);
    assert.equal(added.length, 1);
    assert.match(added[0]!, /mission.*Nantes/);
    assert.deepEqual(before.entities.filter((e) => !after.entities.includes(e)).map((e) => e.replace(/^\d+ /, '')), ['LOC Lyon docs=1']);
    assert.equal(store.graph.search('Lyon').total, 0);
    assert.equal(store.graph.search('Nantes').total, 1);
    store.close();
  });

  it('curator merge, split and rename survive re-ingestion', () => {
    const store = fresh();
    const gov = only(store, 'gouvernement du Québec');
    const ministry = only(store, "ministère de l'Économie et de l'Innovation");
    const merged = store.graph.merge(gov.id, ministry.id);
    assert.equal(merged.entity, gov.id);
    assert.equal(store.graph.getEntity(ministry.id), null);
    const rne = only(store, 'RNE');
    const split = store.graph.split(rne.id, { docs: ['g3-mission-lyon'] });
    assert.equal(split.entity, rne.id);
    assert.equal(split.split!.length, 1);
    store.graph.rename(rne.id, 'Réseau numérique de l’Estrie (RNE)');
    const curated = snapshot(store);

    const fixtures = loadGraphFixtures();
    store.transaction(() => {
      for (const f of fixtures) store.upsertDocument({ ...f.doc, hash: `${f.doc.hash}-v2` });
      store.graph.saveExtractions(fixtures.map((f) => ({ docId: f.doc.id, graph: f.graph })));
    });
    assert.deepEqual(snapshot(store), curated);
    assert.equal(store.graph.getEntity(rne.id)!.name, 'Réseau numérique de l’Estrie (RNE)');
    assert.equal(store.graph.findEntities('RNE').length, 2);
    assert.equal(store.graph.decisions().filter((d) => d.retiredBy === null).length, 3);

    store.graph.merge(rne.id, split.split![0]!); // the curator changes their mind: the split is retired
    assert.equal(store.graph.findEntities('RNE').length, 1);
    assert.equal(store.graph.decisions().filter((d) => d.retiredBy !== null).length, 1);
    store.close();
  });

  it('refuses curator requests that make no sense, with a code', () => {
    const store = fresh();
    const rne = only(store, 'RNE');
    const lyon = only(store, 'Lyon');
    const rows: [() => unknown, string][] = [
      [() => store.graph.merge(rne.id, lyon.id), 'TYPE_MISMATCH'],
      [() => store.graph.merge(rne.id, rne.id), 'SAME_ENTITY'],
      [() => store.graph.merge(rne.id, 9999), 'NOT_FOUND'],
      [() => store.graph.split(rne.id, { docs: ['nowhere'] }), 'EMPTY_SELECTION'],
      [() => store.graph.split(lyon.id, { names: ['Lyon'] }), 'WHOLE_SELECTION'],
      [() => store.graph.rename(rne.id, '  '), 'BAD_NAME'],
    ];
    for (const [call, code] of rows) assert.throws(call, (e: { code?: string }) => e.code === code, code);
    assert.equal(store.graph.decisions().length, 0);
    store.close();
  });

  it('rebuild gives the same entities and facts, under new ids', () => {
    const store = fresh();
    const strip = (s: ReturnType<typeof snapshot>) => ({
      entities: s.entities.map((e) => e.replace(/^\d+ /, '')).sort(),
      facts: s.facts.map((f) => f.replace(/^\d+ /, '').replace(/"id":\d+,/g, '')).sort(),
    });
    const before = strip(snapshot(store));
    store.graph.rebuild();
    assert.deepEqual(strip(snapshot(store)), before);
    store.close();
  });
});
