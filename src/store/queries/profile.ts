import type Database from 'better-sqlite3';
import type { FactType } from '../../extract/model.js';
import type { EntityProfile, EntityRef, FactRecord, MoneyTotal, RoleReport } from '../graph-types.js';
import { stmt } from '../statements.js';
import { entityRefs, getEntity } from './entities.js';
import { getFacts } from './facts.js';

/**
 * Everything Veille knows about one entity: names and why they were merged, facts by kind with
 * dates and sources, roles over time, funding received and given, partners, latest articles.
 * At most `factLimit` facts are included (the best-sourced, then newest), each with at most 3 sources
 * (sourceCount has them all), and the latest 200 role reports: a hub's profile stays small and fast.
 */
export function entityProfile(db: Database.Database, id: number, factLimit = 50): EntityProfile | null {
  const summary = getEntity(db, id);
  if (!summary) return null;
  const names = stmt(db, 'SELECT name, uses AS documents FROM entity_names WHERE entity_id = ? ORDER BY uses DESC, name').all(id) as EntityProfile['names'];
  const resolution = stmt(db, `SELECT from_name AS "from", to_name AS "to", reason, detail FROM entity_links
    WHERE entity_id = ? ORDER BY seq`).all(id) as EntityProfile['resolution'];
  const factIds = stmt(db, `SELECT f.id FROM facts f WHERE f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)
    ORDER BY f.source_count DESC, f.date IS NULL, f.date DESC, f.id LIMIT ?`).pluck().all(id, factLimit) as number[];
  const facts = getFacts(db, factIds, 3);
  const byType: Partial<Record<FactType, FactRecord[]>> = {};
  for (const f of facts) (byType[f.type] ??= []).push(f);
  return {
    ...summary,
    names,
    resolution,
    facts: byType,
    factsShown: facts.length,
    roles: roles(db, id),
    funding: { received: funding(db, id, ['recipient']), given: funding(db, id, ['funder', 'program']) },
    partners: partners(db, id),
    recentDocuments: stmt(db, `SELECT DISTINCT d.id, v.title, v.published FROM occurrences o JOIN documents d ON d.id = o.doc_id
      JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version
      WHERE o.entity_id = ? ORDER BY v.published IS NULL, v.published DESC, d.id LIMIT 20`).all(id) as EntityProfile['recentDocuments'],
  };
}

/** Each article's statement of a role the entity holds or gives (the latest 200), oldest first: titles and status over time. */
function roles(db: Database.Database, id: number): RoleReport[] {
  const rows = stmt(db, `SELECT f.id AS fact, f.fields AS canonical, fs.fields AS reported, fs.doc_id AS doc, v.published AS date
    FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id AND f.type = 'role' JOIN fact_sources fs ON fs.fact_id = f.id
    JOIN documents d ON d.id = fs.doc_id JOIN document_versions v ON v.doc_id = d.id AND v.version = d.current_version
    WHERE fe.entity_id = ? ORDER BY v.published IS NULL, v.published DESC, f.id DESC LIMIT 200`).all(id) as
    { fact: number; canonical: string; reported: string; doc: string; date: string | null }[];
  const parsed = rows.reverse().map((r) => ({ ...r, c: JSON.parse(r.canonical) as Record<string, unknown>, s: JSON.parse(r.reported) as Record<string, unknown> }));
  const refs = entityRefs(db, parsed.flatMap((p) => [p.c.person, p.c.org]).filter((x): x is number => typeof x === 'number'));
  const ref = (v: unknown): EntityRef | null => (typeof v === 'number' ? refs.get(v) ?? null : null);
  return parsed.map((p) => ({
    fact: p.fact, person: ref(p.c.person), org: ref(p.c.org),
    title: str(p.s.title), status: str(p.s.status), date: p.date, doc: p.doc,
  }));
}

function funding(db: Database.Database, id: number, roles: string[]): MoneyTotal[] {
  return stmt(db, `SELECT f.currency, sum(f.amount) AS total, count(*) AS facts FROM facts f
    WHERE f.type = 'funding' AND f.amount IS NOT NULL AND f.id IN (
      SELECT fact_id FROM fact_entities WHERE entity_id = ? AND role IN (SELECT value FROM json_each(?)))
    GROUP BY f.currency ORDER BY total DESC`).all(id, JSON.stringify(roles)) as MoneyTotal[];
}

function partners(db: Database.Database, id: number): EntityProfile['partners'] {
  const rows = stmt(db, `SELECT fe2.entity_id AS id, count(DISTINCT fe2.fact_id) AS facts FROM fact_entities fe1
    JOIN facts f ON f.id = fe1.fact_id AND f.type = 'partnership'
    JOIN fact_entities fe2 ON fe2.fact_id = fe1.fact_id AND fe2.role = 'parties' AND fe2.entity_id <> fe1.entity_id
    WHERE fe1.entity_id = ? AND fe1.role = 'parties' GROUP BY fe2.entity_id ORDER BY facts DESC, fe2.entity_id LIMIT 50`)
    .all(id) as { id: number; facts: number }[];
  const refs = entityRefs(db, rows.map((r) => r.id));
  return rows.filter((r) => refs.has(r.id)).map((r) => ({ entity: refs.get(r.id)!, facts: r.facts }));
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
