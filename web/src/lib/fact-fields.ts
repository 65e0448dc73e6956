import type { FactType } from '../api/types.js';

/** The fields worth showing for each fact kind, in reading order (others follow). Dates are shown apart. */
export const FIELD_ORDER: Record<FactType, string[]> = {
  role: ['person', 'title', 'org', 'status'],
  funding: ['funder', 'recipient', 'amount', 'program', 'purpose'],
  transfer: ['from', 'to', 'what'],
  partnership: ['parties', 'kind', 'place'],
  mission: ['organizer', 'destinations', 'participants', 'size', 'start', 'end'],
  event: ['event', 'place', 'attendance', 'organizer', 'end'],
  members: ['org', 'count', 'kind'],
  office: ['org', 'place'],
  located: ['org', 'place'],
  founded: ['org'],
  part_of: ['child', 'parent'],
  program: ['program', 'owner', 'budget', 'launched'],
};

/** Fields never shown as their own item: carried by another (currency with amount) or shown apart (date). */
export const HIDDEN_FIELDS = new Set(['date', 'currency', 'approx', 'evidence']);

export function orderedFields(type: FactType, fields: Record<string, unknown>): string[] {
  const first = FIELD_ORDER[type] ?? [];
  const rest = Object.keys(fields).filter((k) => !first.includes(k)).sort();
  return [...first, ...rest].filter((k) => !HIDDEN_FIELDS.has(k) && fields[k] !== undefined && fields[k] !== null && fields[k] !== '');
}

export interface Ref {
  id: number;
  name: string;
  type: string;
}

export function isRef(v: unknown): v is Ref {
  return !!v && typeof v === 'object' && typeof (v as Ref).id === 'number' && typeof (v as Ref).name === 'string';
}

/** Every entity a fact names (fields holding a reference or a list of them). */
export function factEntities(fields: Record<string, unknown>): Ref[] {
  return Object.values(fields).flatMap((v) => (Array.isArray(v) ? v.filter(isRef) : isRef(v) ? [v] : []));
}
