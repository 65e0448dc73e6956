import { z } from 'zod';
import { notFound } from '../errors.js';
import { route } from '../route.js';
import { entityIdParams, entityRef, factType } from '../schemas.js';

export const graphQuery = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  maxNodes: z.coerce.number().int().min(1).max(500).default(100),
});

export const neighbourhood = z.object({
  centre: z.number().int(),
  nodes: z.array(entityRef.extend({ documents: z.number().int(), depth: z.number().int() })),
  edges: z.array(z.object({
    id: z.string(), source: z.number().int(), target: z.number().int(), type: factType, label: z.string(),
    fact: z.number().int(), sources: z.number().int(),
  })),
  truncated: z.boolean(),
});

export const graphRoutes = [
  route({
    method: 'get',
    path: '/api/entities/:id/graph',
    tag: 'graph',
    summary: "An entity's neighbourhood for a graph viewer: nodes (entities) and edges (facts), depth 1 or 2",
    params: entityIdParams,
    query: graphQuery,
    response: { status: 200, schema: neighbourhood, description: 'nodes and edges' },
    handler: ({ params, query }, { store }) => {
      const graph = store.graph.neighbourhood(params.id, query.depth as 1 | 2, query.maxNodes);
      if (!graph) throw notFound(`entity #${params.id}`);
      return graph;
    },
  }),
];
