import type Database from 'better-sqlite3';
import type { FactType } from '../../extract/model.js';
import { factEdges } from '../../graph/edges.js';
import type { GraphEdge, GraphNode, Neighbourhood } from '../graph-types.js';
import { stmt } from '../statements.js';
import { entityRefs } from './entities.js';

/** Facts drawn per entity at most (a third of it two hops away): a hub like « Québec » would otherwise fill the view. */
const FACTS_PER_NODE = 60;

/**
 * The entity, the entities its facts connect it to (depth 1) and theirs (depth 2), as nodes and
 * edges for a graph viewer; at most `maxNodes` nodes, best-sourced facts first.
 */
export function neighbourhood(db: Database.Database, centre: number, depth: 1 | 2 = 1, maxNodes = 100): Neighbourhood | null {
  if (!stmt(db, 'SELECT 1 FROM entities WHERE id = ?').get(centre)) return null;
  const depthOf = new Map<number, number>([[centre, 0]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    for (const id of frontier) {
      if (depthOf.size >= maxNodes) {
        truncated = true;
        break;
      }
      const perNode = d === 1 ? FACTS_PER_NODE : FACTS_PER_NODE / 3;
      const facts = stmt(db, `SELECT f.id, f.type, f.fields, f.source_count FROM facts f
        WHERE f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?) ORDER BY f.source_count DESC, f.id LIMIT ?`)
        .all(id, perNode + 1) as { id: number; type: FactType; fields: string; source_count: number }[];
      if (facts.length > perNode) truncated = true;
      for (const f of facts.slice(0, perNode)) {
        factEdges(f.type, JSON.parse(f.fields) as Record<string, unknown>).forEach((e, i) => {
          for (const end of [e.source, e.target]) {
            if (depthOf.has(end)) continue;
            if (depthOf.size >= maxNodes) return void (truncated = true);
            depthOf.set(end, d);
            next.push(end);
          }
          edges.set(`${f.id}:${i}`, { id: `${f.id}:${i}`, ...e, type: f.type, fact: f.id, sources: f.source_count });
        });
      }
    }
    frontier = next;
  }
  const refs = entityRefs(db, depthOf.keys());
  const docs = stmt(db, 'SELECT doc_count FROM entities WHERE id = ?').pluck();
  const nodes: GraphNode[] = [...depthOf].filter(([id]) => refs.has(id)).map(([id, depth]) => ({ ...refs.get(id)!, documents: docs.get(id) as number, depth }));
  const kept = new Set(nodes.map((n) => n.id));
  return { centre, nodes, edges: [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target)), truncated };
}
