import { foldName } from './fold.js';

export interface PlaceCoord {
  name: string;
  lat: number;
  lon: number;
}

/**
 * data/lexicons/place-coords.tsv → folded name → coordinates. Columns: name, lat, lon, alternate names
 * separated by "|"; "#" lines are comments.
 */
export function parsePlaceCoords(tsv: string): Map<string, PlaceCoord> {
  const out = new Map<string, PlaceCoord>();
  for (const line of tsv.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, lat, lon, alts] = line.split('\t');
    const coord = { name: name!.trim(), lat: Number(lat), lon: Number(lon) };
    if (!coord.name || !Number.isFinite(coord.lat) || !Number.isFinite(coord.lon)) continue;
    for (const n of [coord.name, ...(alts ?? '').split('|')]) {
      const key = foldName(n);
      if (key && !out.has(key)) out.set(key, coord);
    }
  }
  return out;
}
