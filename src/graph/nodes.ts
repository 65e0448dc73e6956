import { strongKey } from './keys.js';
import type { Decision, Occurrence } from './types.js';
import type { Side } from './union-find.js';
import { nameKey } from './names.js';

/** Occurrences written alike (same strong key) and on the same sides of every curator split. */
export interface NameNode {
  index: number;
  key: string;
  members: Occurrence[];
  sides: Map<number, Side>;
  /** The spelling most of its members use. */
  name: string;
}

type Split = Extract<Decision, { action: 'split' }>;

export function buildNodes(occurrences: Occurrence[], splits: Split[]): NameNode[] {
  const groups = new Map<string, { key: string; sides: Map<number, Side>; members: Occurrence[] }>();
  const sorted = [...occurrences].sort((a, b) => a.id - b.id);
  for (const o of sorted) {
    const key = strongKey(o);
    const sides = sidesOf(o, key, splits);
    const id = `${key}§${[...sides].map(([d, s]) => `${d}${s}`).join(',')}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key, sides, members: [] }));
    group.members.push(o);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g], index) => ({ index, ...g, name: commonest(g.members.map((m) => m.name)) }));
}

/** Which side of each split this occurrence is on; splits that do not concern its name leave it free. */
export function sidesOf(o: Occurrence, key: string, splits: Split[]): Map<number, Side> {
  const sides = new Map<number, Side>();
  for (const d of splits) {
    if (!d.keys.includes(key)) continue;
    const chosen = d.docs.includes(o.doc) || d.names.includes(`${o.type}|${nameKey(o.name)}`);
    sides.set(d.id, chosen ? 'in' : 'out');
  }
  return sides;
}

/** Most frequent string; ties go to the first seen. */
export function commonest(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}
