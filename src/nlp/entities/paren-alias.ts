/**
 * "LVL NMRQ (Laval Numérique)": a name followed by another capitalized name in parentheses
 * gives that name as an alias. An acronym in parentheses is a definition (rules/acronyms.ts), a
 * place in parentheses is where the organization is ("Pixelmare (Gaspé)"): neither is an alias.
 */

import { TIER, type Candidate } from './candidate.js';
import { isPlace } from './extend.js';
import type { EntityLexicons } from './lexicon.js';
import { runEnd } from './runs.js';
import type { View } from './words.js';
import { match } from './lookup.js';

export function parenAliases(views: View[], kept: Candidate[], lx: EntityLexicons): Candidate[] {
  const added: Candidate[] = [];
  for (const c of kept) {
    if (c.tier === TIER.weak || c.type === 'PER' || c.type === 'LOC') continue;
    const v = views[c.s]!;
    const open = c.j;
    if (v.words[open]?.text !== '(') continue;
    const end = runEnd(v, open + 1, lx);
    if (end - open - 1 < 2 || v.words[end]?.text !== ')' || isPlace(v, open + 1, lx) && placeOnly(v, open + 1, end, lx)) continue;
    added.push({ s: c.s, i: open + 1, j: end, type: c.type, rule: 'paren-alias', tier: TIER.context, link: c });
  }
  if (added.length === 0) return kept;
  const inside = (o: Candidate) => added.some((a) => a.s === o.s && o.i >= a.i && o.j <= a.j);
  return [...kept.filter((o) => !inside(o)), ...added].sort((a, b) => a.s - b.s || a.i - b.i);
}

function placeOnly(v: View, i: number, j: number, lx: EntityLexicons): boolean {
  return (match(v, i, lx.base.places)?.len ?? 0) >= j - i;
}
