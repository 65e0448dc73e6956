import { z } from 'zod';
import { route } from '../route.js';
import { fundingRow, isoDate, moneyTotal, page, paging } from '../schemas.js';

export const fundingQuery = z.object({
  by: z.enum(['funder', 'program', 'recipient', 'year']).default('funder'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...paging(50),
});

const counts = z.object({ total: z.number().int(), byType: z.record(z.string(), z.number().int()) });

export const graphStats = z.object({
  documents: z.number().int(),
  extracted: z.number().int(),
  entities: counts,
  facts: counts,
  sources: z.number().int(),
  mentions: z.number().int(),
  decisions: z.number().int(),
  funding: z.object({
    total: z.array(moneyTotal), byFunder: z.array(fundingRow), byProgram: z.array(fundingRow), byYear: z.array(fundingRow),
  }),
});

export const aggregateRoutes = [
  route({
    method: 'get',
    path: '/api/stats',
    tag: 'aggregates',
    summary: 'Counts of documents, entities, facts, and funding totals by funder, program and year',
    response: { status: 200, schema: graphStats, description: 'the figures' },
    handler: (_input, { store }) => store.graph.stats(),
  }),
  route({
    method: 'get',
    path: '/api/aggregates/funding',
    tag: 'aggregates',
    summary: 'Funding totals (per currency) grouped by funder, program, recipient or year',
    query: fundingQuery,
    response: { status: 200, schema: page(fundingRow), description: 'a page of totals, largest first (years newest first)' },
    handler: ({ query }, { store }) => store.graph.fundingTotals(query.by, query),
  }),
];
