import { lexKey, lexicons } from '../nlp/lexicons.js';

/**
 * What the places lexicon knows of a place name: "Rimouski" is a municipality, "Estrie" a
 * region, "Québec" both a province and a municipality. Unknown names get no kinds.
 */
export function placeKinds(name: string): string[] {
  return lexicons().places.get(lexKey(name))?.kinds ?? [];
}

/**
 * A town or city (or borough), where an organization can have its office; unknown names pass.
 * A name's first reading decides: "Quebec" alone is the province ("a Quebec organization").
 */
export function isLocality(name: string): boolean {
  const kinds = placeKinds(name);
  return kinds.length === 0 || ['municipality', 'city', 'borough'].includes(kinds[0]!);
}

/** A country (or a province), as a mission's destination or a premier's jurisdiction. */
export function isCountryOrProvince(name: string): boolean {
  const kinds = placeKinds(name);
  return kinds.includes('country') || kinds.includes('province');
}
