import type Database from 'better-sqlite3';
import { displayName } from '../graph/display-name.js';
import { nameKey } from '../graph/names.js';
import type { Cluster, Occurrence } from '../graph/types.js';
import { stmt } from './statements.js';

/**
 * Writes one resolved entity: its row (under `id`, or a new id), every spelling of its names with
 * the number of documents using it, and the merges that made it with their reasons.
 */
export function writeEntity(db: Database.Database, id: number | null, c: Cluster, mentionsOf: (m: Occurrence) => number): number {
  const name = c.rename ?? displayName(c.members);
  const docs = new Set(c.members.map((m) => m.doc)).size;
  const mentions = c.members.reduce((n, m) => n + mentionsOf(m), 0);
  const values = [c.type, name, nameKey(name), docs, mentions, c.rename ? 1 : 0];
  if (id === null) {
    id = Number(stmt(db, `INSERT INTO entities (type, name, folded, doc_count, mention_count, renamed)
      VALUES (?, ?, ?, ?, ?, ?)`).run(...values).lastInsertRowid);
  } else {
    stmt(db, `UPDATE entities SET type = ?, name = ?, folded = ?, doc_count = ?, mention_count = ?, renamed = ?
      WHERE id = ?`).run(...values, id);
  }
  writeNames(db, id, c, name);
  writeLinks(db, id, c);
  return id;
}

function writeNames(db: Database.Database, id: number, c: Cluster, name: string): void {
  const docsBySpelling = new Map<string, Set<string>>();
  const add = (spelling: string, doc: string) => {
    const set = docsBySpelling.get(spelling) ?? new Set<string>();
    set.add(doc);
    docsBySpelling.set(spelling, set);
  };
  for (const m of c.members) for (const s of [m.name, ...m.aliases]) add(s, m.doc);
  if (!docsBySpelling.has(name)) docsBySpelling.set(name, new Set());
  stmt(db, 'DELETE FROM entity_names WHERE entity_id = ?').run(id);
  for (const [spelling, docs] of docsBySpelling) {
    stmt(db, 'INSERT INTO entity_names (entity_id, name, folded, uses) VALUES (?, ?, ?, ?)').run(id, spelling, nameKey(spelling), docs.size);
  }
}

function writeLinks(db: Database.Database, id: number, c: Cluster): void {
  stmt(db, 'DELETE FROM entity_links WHERE entity_id = ?').run(id);
  const rows = [
    ...c.links.map((l) => [l.from, l.to, l.reason, l.detail]),
    ...[...new Set(c.notes)].map((n) => [c.members[0]!.name, '', 'not-merged', n]),
  ];
  rows.forEach((r, seq) => {
    stmt(db, 'INSERT INTO entity_links (entity_id, seq, from_name, to_name, reason, detail) VALUES (?, ?, ?, ?, ?, ?)').run(id, seq, ...r);
  });
}
