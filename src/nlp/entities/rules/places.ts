/**
 * Places from the gazetteer (Québec municipalities and regions, world countries and cities),
 * on capitalized words: "Rouyn-Noranda", "Amérique du Nord", "GATINEAU –". "Ottawa-based" names Ottawa.
 * A place inside a longer name ("Université du Québec à Rimouski") loses to that name in resolve.ts.
 */
import { lexKey } from '../../lexicons.js';
import { TIER, type Candidate } from '../candidate.js';
import type { EntityLexicons } from '../lexicon.js';
import type { View } from '../words.js';
import { match } from '../lookup.js';

const BASED = /^(.+)-(?:based|born)$/;

export function places(v: View, lx: EntityLexicons): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    const based = BASED.exec(w.text);
    if (based && lx.base.places.has(lexKey(based[1]!))) {
      out.push({ s: v.s, i, j: i + 1, type: 'LOC', rule: 'gazetteer', tier: TIER.place, chars: based[1]!.length });
      continue;
    }
    if (!w.cap) continue;
    const m = match(v, i, lx.base.places, 6);
    if (m) {
      out.push({ s: v.s, i, j: i + m.len, type: 'LOC', rule: 'gazetteer', tier: TIER.place });
      i += m.len - 1;
    }
  }
  return out;
}

/** The gazetteer's canonical name and kind for a place mention ("Quebec" → "Québec/province"). */
export function placeKey(text: string, lx: EntityLexicons): string | null {
  const p = lx.base.places.get(lexKey(text));
  return p ? `${p.name}/${p.kind}` : null;
}
