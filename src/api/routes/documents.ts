import { z } from 'zod';
import { IngestError, parseFile } from '../../ingest/index.js';
import { ingestDocuments } from '../../store/ingest-documents.js';
import { ApiError, notFound } from '../errors.js';
import { route } from '../route.js';
import { documentSummary, entityRef, entityType, factRecord, page, paging } from '../schemas.js';

export const documentView = documentSummary.extend({
  source: z.string(),
  author: z.string().nullable(),
  text: z.string().describe('the clean article text; mention offsets index into it'),
  hash: z.string(),
  ingestedAt: z.string(),
  mentions: z.array(z.object({
    start: z.number().int(), end: z.number().int(), text: z.string(), type: entityType, rule: z.string(), entity: entityRef.nullable(),
  })),
  facts: z.array(factRecord),
});

export const postDocumentBody = z.object({
  name: z.string().min(1).max(300).describe('a file name; its extension picks the format (.txt, .md, .html, .xml for RSS/Atom)'),
  content: z.string().min(1).max(5_000_000),
  id: z.string().min(1).max(500).optional().describe('the document id (default: the name without extension; feeds use item links)'),
});

export const postDocumentResult = z.object({
  documents: z.array(z.object({
    id: z.string(), status: z.enum(['added', 'updated', 'unchanged', 'duplicate']), extracted: z.boolean(),
  })),
});

export const documentRoutes = [
  route({
    method: 'get',
    path: '/api/documents',
    tag: 'documents',
    summary: 'Stored documents, newest first',
    query: z.object(paging(50)),
    response: { status: 200, schema: page(documentSummary), description: 'a page of documents' },
    handler: ({ query }, { store }) => store.graph.listDocuments(query),
  }),
  route({
    method: 'get',
    path: '/api/documents/:id',
    tag: 'documents',
    summary: 'A document: metadata, clean text, entity mentions (spans) and the facts it reports',
    params: z.object({ id: z.string().min(1) }),
    response: { status: 200, schema: documentView, description: 'the document' },
    handler: ({ params }, { store }) => store.graph.document(params.id) ?? raiseNotFound(params.id),
  }),
  route({
    method: 'post',
    path: '/api/documents',
    tag: 'documents',
    summary: 'Ingest a document (text, Markdown, HTML or a feed): extract, store, resolve',
    body: postDocumentBody,
    auth: true,
    response: { status: 201, schema: postDocumentResult, description: 'what happened to each document' },
    handler: ({ body }, { store, extract }) => {
      let docs;
      try {
        docs = parseFile(body.name, new TextEncoder().encode(body.content));
      } catch (e) {
        if (e instanceof IngestError) throw new ApiError('INVALID_DOCUMENT', e.reason);
        throw e;
      }
      if (body.id !== undefined && docs.length !== 1) throw new ApiError('BAD_REQUEST', `id is for one document; this content holds ${docs.length}`);
      if (body.id !== undefined) docs = [{ ...docs[0]!, id: body.id }];
      const results = ingestDocuments(store, docs, extract, {
        onExtractError: (_doc, e) => { throw new ApiError('INVALID_DOCUMENT', `extraction failed: ${e.message}`); },
      });
      return { documents: results.map((r) => ({ id: r.id, status: r.outcome.status, extracted: r.extracted })) };
    },
  }),
];

function raiseNotFound(id: string): never {
  throw notFound(`document "${id}"`);
}
