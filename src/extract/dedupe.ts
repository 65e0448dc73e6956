import type { Fact } from './model.js';

/**
 * One fact per key (the spec's key fields; an event's date too, so editions stay apart): the first found wins, later duplicates only fill
 * fields it lacks, and list fields (participants, destinations, what) are merged. Extractors
 * run their surest rules first, so the first is the best-founded reading.
 */
const KEYS: Record<string, string[]> = {
  role: ['person', 'org'], funding: ['recipient', 'amount'], transfer: ['from', 'to'],
  partnership: ['parties'], mission: ['organizer'], event: ['event', 'date'],
  members: ['org', 'count', 'kind'], office: ['org', 'place'], located: ['org', 'place'],
  founded: ['org'], part_of: ['child', 'parent'], program: ['program'],
};
const MERGED = new Set(['participants', 'destinations', 'what']);

function keyOf(f: Fact): string {
  const parts = (KEYS[f.type] ?? []).map((k) => {
    const v = f[k];
    return Array.isArray(v) ? [...v].sort().join('+') : String(v);
  });
  return `${f.type}|${parts.join('|')}`;
}

export function dedupe(facts: Fact[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const f of facts) {
    if (f.type === 'part_of' && f.child === f.parent) continue;
    const k = keyOf(f);
    const old = byKey.get(k);
    if (!old) { byKey.set(k, { ...f }); continue; }
    for (const [field, v] of Object.entries(f)) {
      if (field === 'evidence') continue;
      if (MERGED.has(field) && Array.isArray(v)) old[field] = [...new Set([...((old[field] as unknown[]) ?? []), ...v])];
      else if (old[field] === undefined) old[field] = v;
    }
  }
  return [...byKey.values()];
}
