import { z } from 'zod';
import { route } from '../route.js';
import { entityIdParams, page, paging } from '../schemas.js';

export const curationResult = z.object({
  decision: z.number().int(),
  entity: z.number().int().nullable().describe('the entity after the decision'),
  split: z.array(z.number().int()).optional().describe('for a split: the entities the chosen part now forms'),
});

export const decision = z.object({
  id: z.number().int(),
  action: z.enum(['merge', 'split', 'rename']),
  summary: z.string(),
  createdAt: z.string(),
  retiredBy: z.number().int().nullable(),
});

export const mergeBody = z.object({ from: z.number().int().positive().describe('the entity that joins this one') });
export const splitBody = z
  .object({ docs: z.array(z.string().min(1)).max(1000).default([]), names: z.array(z.string().min(1)).max(100).default([]) })
  .refine((b) => b.docs.length + b.names.length > 0, 'give docs or names to split off');
export const renameBody = z.object({ name: z.string().trim().min(1).max(300) });

const write = { auth: true, tag: 'curation', params: entityIdParams } as const;
const result = { status: 200, schema: curationResult, description: 'the stored decision and the resulting entity' } as const;

export const curationRoutes = [
  route({
    ...write, method: 'post', path: '/api/entities/:id/merge', body: mergeBody, response: result,
    summary: 'Merge entity `from` into this one; the decision is kept and re-applied after every ingest',
    handler: ({ params, body }, { store }) => store.graph.merge(params.id, body.from),
  }),
  route({
    ...write, method: 'post', path: '/api/entities/:id/split', body: splitBody, response: result,
    summary: 'Split off the occurrences of this entity in `docs` or written as one of `names`; kept apart from then on',
    handler: ({ params, body }, { store }) => store.graph.split(params.id, body),
  }),
  route({
    ...write, method: 'post', path: '/api/entities/:id/rename', body: renameBody, response: result,
    summary: 'Give this entity a name of the curator\'s choosing',
    handler: ({ params, body }, { store }) => store.graph.rename(params.id, body.name),
  }),
  route({
    method: 'get', path: '/api/decisions', tag: 'curation', query: z.object(paging(50)),
    summary: 'Curator decisions, oldest first (retiredBy: the later decision that replaced one)',
    response: { status: 200, schema: page(decision), description: 'a page of decisions' },
    handler: ({ query }, { store }) => {
      const all = store.graph.decisions();
      return { items: all.slice(query.offset, query.offset + query.limit), total: all.length, ...query };
    },
  }),
];
