import type { GraphEdge, GraphNode, Neighbourhood } from '../api/types.js';

/** The neighbourhoods shown so far, merged; `expanded` are the nodes whose neighbourhood is in. */
export interface GraphModel {
  centre: number;
  nodes: Map<number, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<number>;
  truncated: boolean;
}

export function emptyModel(centre: number): GraphModel {
  return { centre, nodes: new Map(), edges: new Map(), expanded: new Set(), truncated: false };
}

/** Adds one neighbourhood; nodes already present keep their depth from the first view. */
export function addNeighbourhood(model: GraphModel, n: Neighbourhood): GraphModel {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  for (const node of n.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  for (const e of n.edges) edges.set(e.id, e);
  return { ...model, nodes, edges, expanded: new Set(model.expanded).add(n.centre), truncated: model.truncated || n.truncated };
}

export interface GraphFilter {
  kinds: Set<string>;
  /** Inclusive years; edges whose fact has no date pass. */
  from: number | null;
  to: number | null;
}

/** Edges passing the filter, and the nodes they touch (plus the centre and expanded nodes, always shown). */
export function visible(model: GraphModel, filter: GraphFilter, dateOf: (e: GraphEdge) => string | null) {
  const edges = [...model.edges.values()].filter((e) => {
    if (!filter.kinds.has(e.type)) return false;
    const year = Number(dateOf(e)?.slice(0, 4));
    if (!year) return true;
    return (filter.from === null || year >= filter.from) && (filter.to === null || year <= filter.to);
  });
  const ids = new Set<number>([model.centre, ...model.expanded]);
  for (const e of edges) ids.add(e.source).add(e.target);
  const nodes = [...model.nodes.values()].filter((n) => ids.has(n.id));
  return { nodes, edges };
}

/** Hops from the centre over the drawn edges (breadth first). */
export function distances(centre: number, edges: GraphEdge[]): Map<number, number> {
  const out = new Map([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length) {
    const next: number[] = [];
    for (const id of frontier) {
      for (const e of edges) {
        const other = e.source === id ? e.target : e.target === id ? e.source : null;
        if (other !== null && !out.has(other)) { out.set(other, out.get(id)! + 1); next.push(other); }
      }
    }
    frontier = next;
  }
  return out;
}
