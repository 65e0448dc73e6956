import { z } from 'zod';
import type { EntityType } from '../../extract/model.js';
import { notFound } from '../errors.js';
import { route } from '../route.js';
import { documentSummary, entityIdParams, entityRef, entitySummary, entityType, factRecord, moneyTotal, page, paging } from '../schemas.js';

export const entityListQuery = z.object({
  type: entityType.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('names starting with this (accents, case and articles ignored)'),
  ...paging(50),
});

export const profileQuery = z.object({
  factLimit: z.coerce.number().int().min(0).max(1000).default(50).describe('most facts included (best-sourced first); GET /api/facts?entity= pages through all'),
});

export const entityProfile = entitySummary.extend({
  names: z.array(z.object({ name: z.string(), documents: z.number().int() })),
  resolution: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string(), detail: z.string() })),
  facts: z.record(z.string(), z.array(factRecord)).describe('facts grouped by type'),
  factsShown: z.number().int(),
  roles: z.array(z.object({
    fact: z.number().int(), person: entityRef.nullable(), org: entityRef.nullable(), title: z.string().nullable(),
    status: z.string().nullable(), date: z.string().nullable(), doc: z.string(),
  })).describe('each article\'s statement of a role, oldest first'),
  funding: z.object({ received: z.array(moneyTotal), given: z.array(moneyTotal) }),
  partners: z.array(z.object({ entity: entityRef, facts: z.number().int() })),
  recentDocuments: z.array(z.object({ id: z.string(), title: z.string().nullable(), published: z.string().nullable() })),
});

export const entityRoutes = [
  route({
    method: 'get',
    path: '/api/entities',
    tag: 'entities',
    summary: 'Entities, most documented first; filter by type or name prefix',
    query: entityListQuery,
    response: { status: 200, schema: page(entitySummary), description: 'a page of entities' },
    handler: ({ query }, { store }) => store.graph.listEntities({ ...query, type: query.type as EntityType | undefined }),
  }),
  route({
    method: 'get',
    path: '/api/entities/:id',
    tag: 'entities',
    summary: 'Profile of an entity: names, resolution, facts by kind with sources, roles over time, funding, partners',
    params: entityIdParams,
    query: profileQuery,
    response: { status: 200, schema: entityProfile, description: 'the profile' },
    handler: ({ params, query }, { store }) => store.graph.profile(params.id, query.factLimit) ?? raise(params.id),
  }),
  route({
    method: 'get',
    path: '/api/entities/:id/documents',
    tag: 'entities',
    summary: 'Documents that mention an entity, newest first',
    params: entityIdParams,
    query: z.object(paging()),
    response: { status: 200, schema: page(documentSummary), description: 'a page of documents' },
    handler: ({ params, query }, { store }) => {
      if (!store.graph.getEntity(params.id)) raise(params.id);
      return store.graph.listDocuments({ ...query, entity: params.id });
    },
  }),
];

function raise(id: number): never {
  throw notFound(`entity #${id}`);
}
