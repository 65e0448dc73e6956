import { z } from 'zod';
import { ENTITY_TYPES } from '../extract/model.js';
import { FACT_TYPES } from '../graph/fact-keys.js';

/**
 * Shapes shared by the routes: inputs (validated) and responses (documented in the OpenAPI
 * document, and checked against real answers by the API tests).
 */
export const entityType = z.enum(ENTITY_TYPES as [string, ...string[]]);
export const factType = z.enum(FACT_TYPES as [string, ...string[]]);
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2020, 2020-06 or 2020-06-15');

export const paging = (defaultLimit = 20) => ({
  limit: z.coerce.number().int().min(1).max(200).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
});

export const entityIdParams = z.object({ id: z.coerce.number().int().positive() });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const entityRef = z.object({ id: z.number().int(), name: z.string(), type: entityType });

export const entitySummary = entityRef.extend({
  aliases: z.array(z.string()),
  documents: z.number().int(),
  mentions: z.number().int(),
  factCount: z.number().int(),
});

export const sourceRef = z.object({
  doc: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  sentence: z.number().int().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  text: z.string().nullable(),
  rule: z.string().nullable(),
});

export const factRecord = z.object({
  id: z.number().int(),
  type: factType,
  date: z.string().nullable(),
  dateBasis: z.enum(['fact', 'article']).nullable(),
  fields: z.record(z.string(), z.unknown()).describe('the spec fields; entity fields hold entity references'),
  sourceCount: z.number().int(),
  sources: z.array(sourceRef),
});

export const moneyTotal = z.object({ currency: z.string().nullable(), total: z.number(), facts: z.number().int() });

export const fundingRow = moneyTotal.extend({ entity: entityRef.nullable(), year: z.string().nullable() });

export const documentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  lang: z.string(),
  version: z.number().int(),
});

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
