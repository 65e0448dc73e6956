import type { FactType } from '../extract/model.js';

/** Fields holding entity ids, per fact type (shared/spec/facts-format.md). */
export const ENTITY_FIELDS: Record<FactType, readonly string[]> = {
  role: ['person', 'org'],
  funding: ['recipient', 'funder', 'program'],
  transfer: ['from', 'to'],
  partnership: ['parties', 'place'],
  mission: ['organizer', 'destinations', 'participants'],
  event: ['event', 'place', 'organizer'],
  members: ['org'],
  office: ['org', 'place'],
  located: ['org', 'place'],
  founded: ['org'],
  part_of: ['child', 'parent'],
  program: ['program', 'owner'],
};

/**
 * What makes two reports the same fact: the spec's key fields, plus the year for things that recur
 * (a trade mission to Lyon in 2019 and another in 2023 are two missions). `@year` is the fact's own
 * date, else the reporting article's.
 */
const KEY_FIELDS: Record<FactType, readonly string[]> = {
  role: ['person', 'org'],
  funding: ['recipient', 'amount'],
  transfer: ['from', 'to'],
  partnership: ['parties'],
  mission: ['organizer', 'destinations', '@year'],
  event: ['event', '@year'],
  members: ['org', 'count', 'kind'],
  office: ['org', 'place'],
  located: ['org', 'place'],
  founded: ['org', '@year'],
  part_of: ['child', 'parent'],
  program: ['program'],
};

export const FACT_TYPES = Object.keys(ENTITY_FIELDS) as FactType[];

export function isFactType(t: unknown): t is FactType {
  return typeof t === 'string' && t in ENTITY_FIELDS;
}

/** The fact's own date: `date`, else a mission's `start`, else a program's `launched`. */
export function factDate(fields: Record<string, unknown>): string | null {
  for (const f of ['date', 'start', 'launched']) if (typeof fields[f] === 'string') return fields[f] as string;
  return null;
}

/**
 * The canonical key of a fact whose entity fields hold canonical entity ids, or null when a key field
 * is missing (such a fact is never merged with another).
 */
export function factKey(type: FactType, fields: Record<string, unknown>, published: string | null): string | null {
  const parts: string[] = [type];
  for (const f of KEY_FIELDS[type]) {
    const v = f === '@year' ? (factDate(fields) ?? published)?.slice(0, 4) : keyValue(fields[f]);
    if (v === undefined || v === null || v === '') return null;
    parts.push(`${f}=${v}`);
  }
  return parts.join('|');
}

function keyValue(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.length ? [...v].map(String).sort().join(',') : undefined;
  if (typeof v === 'number') return String(Math.round(v));
  if (typeof v === 'string') return v.toLowerCase();
  return undefined;
}

/** Rewrites the entity fields of a fact through `map` (local id → occurrence id → entity id); unknown ids drop. */
export function mapEntityFields<A, B>(type: FactType, fields: Record<string, unknown>, map: (id: A) => B | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const f of ENTITY_FIELDS[type]) {
    const v = fields[f];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      const ids = [...new Set(v.map((x) => map(x as A)).filter((x): x is B => x !== null && x !== undefined))];
      if (ids.length) out[f] = ids;
      else delete out[f];
    } else {
      const id = map(v as A);
      if (id === null || id === undefined) delete out[f];
      else out[f] = id;
    }
  }
  return out;
}

/** Entity ids a fact mentions, with the field naming each. */
export function entityRefs(type: FactType, fields: Record<string, unknown>): { role: string; id: number }[] {
  const out: { role: string; id: number }[] = [];
  for (const f of ENTITY_FIELDS[type]) {
    const v = fields[f];
    for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'number') out.push({ role: f, id });
  }
  return out;
}
