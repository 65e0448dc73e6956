import type { Context } from '../context.js';
import { foldText } from '../fold-map.js';

/**
 * The place a name ends with, when the article names that place too: "Salon X à Lyon" →
 * Lyon, "Centre des foires de Lévis" → Lévis, "Ontario Trade Office in Dallas" → Dallas.
 */
export function placeOfName(ctx: Context, id: string | undefined): string | undefined {
  const e = id ? ctx.entities.get(id) : undefined;
  if (!e) return undefined;
  const places = ctx.a.entities.filter((p) => p.type === 'LOC');
  for (const name of [e.name, ...e.aliases]) {
    // Shortest tail first: "bureau de l'Ontario à Munich" is in Munich, not in "Ontario à Munich".
    const tails = [...name.matchAll(/\s(?:à|a|de|du|in|at|of)\s+/gu)].map((m) => name.slice(m.index! + m[0].length)).reverse();
    for (const tail of tails) {
      const place = places.find((p) => [p.name, ...p.aliases].some((n) => foldText(n) === foldText(tail)));
      if (place) return place.id;
    }
  }
  return undefined;
}
