import { MARKER } from './masked.js';

/**
 * The slots a compiled rule cannot match without: "{PER:per}, {ORG:org}'s {TITLE}" needs a
 * person, an organization and a title in the sentence, so a sentence lacking one is skipped
 * before the (costly) regex runs. Read from the regex source: a marker `⟦(?:ORG|EVENT)#\d+⟧`
 * counts unless it sits in an optional group, a branch of an alternation that other branches
 * lack, or a negative lookaround. Always a necessary condition, never a sufficient one.
 */
export type Needs = ReadonlyArray<{ kinds: readonly string[]; count: number }>;

/** "⟦(?:ORG|EVENT)#(?<a>\d+)⟧" or "⟦TITLE#\d+⟧": exactly the text MARKER matches, for these kinds. */
const MARKER_ATOM = /^⟦(?:\(\?:([A-Z|]+)\)|([A-Z]+))#(?:\(\?<\w+>\\d\+\)|\\d\+)⟧/;
const OPTIONAL = /^(?:\?|\*|\{0[,}])/;
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** What one branch of a group needs: markers it consumes (disjoint, so they add up) and markers its lookarounds see (which may overlap). */
interface Branch { consumed: Map<string, number>; seen: Map<string, number> }
interface Frame { branches: Branch[]; kind: 'plain' | 'look' | 'negative' }

const branch = (): Branch => ({ consumed: new Map(), seen: new Map() });
const merge = (into: Map<string, number>, from: ReadonlyMap<string, number>, combine: (a: number, b: number) => number) => {
  for (const [k, n] of from) into.set(k, combine(into.get(k) ?? 0, n));
};
const sum = (a: number, b: number) => a + b;

/** Needs common to every branch (the fewest each branch asks for). */
function common(maps: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of maps[0]!) {
    const least = Math.min(n, ...maps.slice(1).map((b) => b.get(k) ?? 0));
    if (least > 0) out.set(k, least);
  }
  return out;
}

/** Marker kinds (as "ORG|EVENT" sets) and how many of each a match must contain. */
export function patternNeeds(source: string): Needs {
  const stack: Frame[] = [{ branches: [branch()], kind: 'plain' }];
  const top = () => stack.at(-1)!.branches.at(-1)!;
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const marker = MARKER_ATOM.exec(rest);
    if (marker) {
      i += marker[0].length;
      if (QUANTIFIER.test(source.slice(i))) continue; // "⟦ORG#\d+⟧?" would not be a whole marker
      const key = (marker[1] ?? marker[2]!).split('|').sort().join('|');
      top().consumed.set(key, (top().consumed.get(key) ?? 0) + 1);
      continue;
    }
    const c = source[i]!;
    if (c === '\\') i += (/^\\[pPu]\{[^}]*\}|^\\k<[^>]*>|^\\c.|^\\./s.exec(rest) ?? [' '])[0].length;
    else if (c === '[') i += /^\[(?:\\.|[^\]\\])*\]/s.exec(rest)![0].length;
    else if (c === '(') {
      const open = /^\((?:\?(?:<=|<!|<[a-zA-Z]\w*>|[:=!]))?/.exec(rest)![0];
      const kind = open === '(?!' || open === '(?<!' ? 'negative' : open === '(?=' || open === '(?<=' ? 'look' : 'plain';
      stack.push({ branches: [branch()], kind });
      i += open.length;
    } else if (c === '|') {
      stack.at(-1)!.branches.push(branch());
      i++;
    } else if (c === ')') {
      const frame = stack.pop()!;
      i++;
      const quant = QUANTIFIER.exec(source.slice(i))?.[0] ?? '';
      i += quant.length;
      if (frame.kind === 'negative' || OPTIONAL.test(quant)) continue;
      const consumed = common(frame.branches.map((b) => b.consumed));
      const seen = common(frame.branches.map((b) => b.seen));
      // A lookaround consumes nothing: what it sees may be what its neighbours consume.
      if (frame.kind === 'look') merge(top().seen, consumed, Math.max);
      else merge(top().consumed, consumed, sum);
      merge(top().seen, seen, Math.max);
    } else i++;
  }
  if (stack.length !== 1) throw new Error(`unbalanced pattern: ${source}`);
  const { branches } = stack[0]!;
  const out = common(branches.map((b) => b.consumed));
  merge(out, common(branches.map((b) => b.seen)), Math.max);
  return [...out].map(([kinds, count]) => ({ kinds: kinds.split('|'), count }));
}

const present = new WeakMap<object, { text: string; counts: Map<string, number> }>();
const MARKERS = new RegExp(MARKER.source, 'g');

/** Does the masked text hold enough markers of each needed kind? (Marker counts computed once per text holder.) */
export function meetsNeeds(needs: Needs, holder: { text: string }): boolean {
  if (needs.length === 0) return true;
  let known = present.get(holder);
  if (known?.text !== holder.text) {
    const counts = new Map<string, number>();
    for (const m of holder.text.matchAll(MARKERS)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    present.set(holder, (known = { text: holder.text, counts }));
  }
  const { counts } = known;
  for (const { kinds, count } of needs) {
    let have = 0;
    for (const k of kinds) have += counts.get(k) ?? 0;
    if (have < count) return false;
  }
  return true;
}
