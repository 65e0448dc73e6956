import { isAcronymLike, nameKey } from './names.js';
import type { Occurrence } from './types.js';

/**
 * The name an entity is shown under: the full name most articles use, not an acronym when a full
 * name is known, and « Grappe numérique » rather than « La Grappe numérique » when both are common.
 */
export function displayName(members: Occurrence[]): string {
  const groups = new Map<string, { docs: Set<string>; spellings: string[] }>();
  for (const m of members) {
    const key = nameKey(m.name);
    const g = groups.get(key) ?? { docs: new Set<string>(), spellings: [] };
    g.docs.add(m.doc);
    g.spellings.push(m.name);
    groups.set(key, g);
  }
  let candidates = [...groups.entries()];
  const full = candidates.filter(([, g]) => !isAcronymLike(g.spellings[0]!));
  if (full.length) candidates = full;
  candidates.sort(([ka, a], [kb, b]) => b.docs.size - a.docs.size || kb.length - ka.length || (ka < kb ? -1 : 1));
  return bestSpelling(candidates[0]![1].spellings);
}

function bestSpelling(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const article = (s: string) => (/^(l['’]|le |la |les |the )/i.test(s) ? 1 : 0);
  return [...counts].sort(([a, x], [b, y]) => y - x || article(a) - article(b) || (a < b ? -1 : 1))[0]![0];
}
