import type { EntitySummary, FactRecord } from '../api/types.js';
import { foldName } from './fold.js';
import type { PlaceCoord } from './place-coords.js';

export type PlaceRole = 'located' | 'office' | 'mission';

/** A place on the map: the LOC entity, where it is, and which organizations are tied to it and how. */
export interface MapPlace {
  id: number;
  name: string;
  documents: number;
  coord: PlaceCoord;
  links: { role: PlaceRole; org: { id: number; name: string; type: string }; fact: number }[];
}

interface Ref { id: number; name: string; type: string }

const asRefs = (v: unknown): Ref[] => (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is Ref => !!x && typeof x === 'object' && 'id' in x);

/** Joins the API's places with the coordinates table by name or alias; returns the placed ones and the count left out. */
export function placePlaces(entities: EntitySummary[], facts: FactRecord[], coords: Map<string, PlaceCoord>): { placed: MapPlace[]; unplaced: string[] } {
  const placed = new Map<number, MapPlace>();
  const unplaced: string[] = [];
  for (const e of entities) {
    const coord = [e.name, ...e.aliases].map((n) => coords.get(foldName(n))).find(Boolean);
    if (coord) placed.set(e.id, { id: e.id, name: e.name, documents: e.documents, coord, links: [] });
    else unplaced.push(e.name);
  }
  for (const f of facts) {
    const role = f.type as PlaceRole;
    const org = asRefs(f.type === 'mission' ? f.fields.organizer : f.fields.org)[0];
    const places = asRefs(f.type === 'mission' ? f.fields.destinations : f.fields.place);
    if (!org) continue;
    for (const p of places) placed.get(p.id)?.links.push({ role, org, fact: f.id });
  }
  return { placed: [...placed.values()].sort((a, b) => b.documents - a.documents), unplaced };
}
