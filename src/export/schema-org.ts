import type { EntityType, FactType } from '../extract/model.js';

/** schema.org types for entities. A public program, fund or strategy is a GovernmentService. */
export const ENTITY_CLASS: Record<EntityType, string> = {
  ORG: 'Organization',
  PER: 'Person',
  LOC: 'Place',
  EVENT: 'Event',
  PROGRAM: 'GovernmentService',
};

/** schema.org types for facts; every fact node also keeps `veille:factType` and all its fields. */
export const FACT_CLASS: Record<FactType, string> = {
  role: 'OrganizationRole',
  funding: 'MonetaryGrant',
  transfer: 'TransferAction',
  partnership: 'Action',
  mission: 'Trip',
  event: 'Event',
  members: 'QuantitativeValue',
  office: 'Place',
  located: 'Place',
  founded: 'Event',
  part_of: 'Role',
  program: 'GovernmentService',
};

type Fields = Record<string, unknown>;
const ref = (id: unknown) => (typeof id === 'number' ? { '@id': entityIri(id) } : undefined);
const refs = (v: unknown) => (Array.isArray(v) ? v.map(ref).filter(Boolean) : undefined);

/** The schema.org properties each fact type fills, besides `veille:fields`. */
export const FACT_PROPERTIES: Record<FactType, (f: Fields) => Record<string, unknown>> = {
  role: (f) => ({ roleName: f.title, memberOf: ref(f.org), 'veille:holder': ref(f.person), 'veille:status': f.status }),
  funding: (f) => ({
    fundedItem: ref(f.recipient), funder: ref(f.funder), 'veille:program': ref(f.program), description: f.purpose,
    amount: typeof f.amount === 'number' ? { '@type': 'MonetaryAmount', value: f.amount, currency: f.currency } : undefined,
  }),
  transfer: (f) => ({ agent: ref(f.from), recipient: ref(f.to), object: f.what }),
  partnership: (f) => ({ additionalType: 'partnership', participant: refs(f.parties), location: ref(f.place), description: f.kind }),
  mission: (f) => ({ provider: ref(f.organizer), itinerary: refs(f.destinations), 'veille:participants': refs(f.participants), departureTime: f.start, arrivalTime: f.end }),
  event: (f) => ({ about: ref(f.event), location: ref(f.place), organizer: ref(f.organizer), 'veille:attendance': f.attendance }),
  members: (f) => ({ value: f.count, unitText: 'members', 'veille:approximate': f.approx, 'veille:organization': ref(f.org), additionalType: f.kind }),
  office: (f) => ({ containedInPlace: ref(f.place), 'veille:officeOf': ref(f.org) }),
  located: (f) => ({ containedInPlace: ref(f.place), 'veille:locationOf': ref(f.org) }),
  founded: (f) => ({ about: ref(f.org), additionalType: 'founding' }),
  part_of: (f) => ({ 'veille:child': ref(f.child), 'veille:parent': ref(f.parent) }),
  program: (f) => ({ about: ref(f.program), provider: ref(f.owner), 'veille:budget': f.budget }),
};

export const entityIri = (id: number) => `urn:veille:entity:${id}`;
export const factIri = (id: number) => `urn:veille:fact:${id}`;
export const docIri = (id: string) => `urn:veille:doc:${encodeURIComponent(id)}`;
