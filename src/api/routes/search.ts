import { z } from 'zod';
import { route } from '../route.js';
import { page, paging } from '../schemas.js';

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(500).describe('words (accents, case and French inflection ignored); "quoted phrases" kept'),
  ...paging(),
});

export const searchHit = z.object({
  doc: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  lang: z.string(),
  score: z.number().describe('bm25; lower is better'),
  snippet: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) of matched words in the snippet'),
});

export const searchRoutes = [
  route({
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: 'Full-text search over the articles, best match first',
    query: searchQuery,
    response: { status: 200, schema: page(searchHit), description: 'matching documents with a snippet' },
    handler: ({ query }, { store }) => store.graph.search(query.q, query),
  }),
];
