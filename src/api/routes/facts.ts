import { z } from 'zod';
import type { FactType } from '../../extract/model.js';
import { route } from '../route.js';
import { factRecord, factType, isoDate, page, paging } from '../schemas.js';

export const factQuery = z.object({
  type: factType.optional(),
  entity: z.coerce.number().int().positive().optional().describe('an entity id: facts it takes part in'),
  from: isoDate.optional().describe('facts dated from (inclusive, at the precision given)'),
  to: isoDate.optional().describe('facts dated up to (inclusive)'),
  ...paging(50),
});

export const factRoutes = [
  route({
    method: 'get',
    path: '/api/facts',
    tag: 'facts',
    summary: 'Facts, newest first, each with its sources; filter by type, entity and date range',
    query: factQuery,
    response: { status: 200, schema: page(factRecord), description: 'a page of facts' },
    handler: ({ query }, { store }) => store.graph.listFacts({ ...query, type: query.type as FactType | undefined }),
  }),
];
