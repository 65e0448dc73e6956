/**
 * Later mentions of names already found: the same words anywhere else in the document
 * ("Lexigraph went through…" at a sentence start, where no rule would dare), a surname alone
 * ("said Tran"), a defined acronym, or a company's name without its generic head or suffix
 * ("Logisco" for "Groupe Logisco", "Qubitrix" for "Qubitrix Labs").
 */

import { overlaps, TIER, type Candidate } from './candidate.js';
import { isPlace } from './extend.js';
import type { EntityLexicons } from './lexicon.js';
import type { View } from './words.js';
import { match } from './lookup.js';

interface Form { keys: string[]; type: Candidate['type']; rule: string }

export function repeats(views: View[], kept: Candidate[], lx: EntityLexicons): Candidate[] {
  const forms = new Map<string, Form[]>();
  const add = (keys: string[], type: Candidate['type'], rule: string) => {
    if (keys.length === 0) return;
    const list = forms.get(keys[0]!) ?? [];
    list.push({ keys, type, rule });
    forms.set(keys[0]!, list);
  };
  for (const c of kept) {
    if (c.tier === TIER.weak || c.type === 'LOC') continue;
    const v = views[c.s]!;
    const keys = v.words.slice(c.i, c.j).map((w) => w.key);
    if (c.type === 'PER') {
      if (c.j - c.i >= 2) add([keys[keys.length - 1]!], 'PER', 'surname');
      continue;
    }
    add(keys, c.type, 'alias');
    if (c.type === 'ORG') add(shortForm(v, c, lx), 'ORG', 'alias');
  }
  for (const list of forms.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const out: Candidate[] = [];
  for (const v of views) scan(v, forms, kept, out);
  return out;
}

function scan(v: View, forms: Map<string, Form[]>, kept: Candidate[], out: Candidate[]): void {
  for (let i = 0; i < v.words.length; i++) {
    const w = v.words[i]!;
    const list = w.cap || w.upper ? forms.get(w.key) : undefined;
    if (!list) continue;
    for (const f of list) {
      if (!f.keys.every((k, n) => v.words[i + n]?.key === k)) continue;
      const c: Candidate = { s: v.s, i, j: i + f.keys.length, type: f.type, rule: f.rule, tier: TIER.weak };
      if (kept.some((o) => overlaps(o, c)) || out.some((o) => overlaps(o, c))) break;
      out.push(c);
      i = c.j - 1;
      break;
    }
  }
}

/** The name without its generic head or tail, when what is left is a proper name that is no place. */
function shortForm(v: View, c: Candidate, lx: EntityLexicons): string[] {
  let i = c.i, j = c.j;
  const head = match(v, i, lx.base.orgHeads, 3);
  if (head && head.len < j - i) i += head.len;
  else {
    while (j - 1 > i && lx.base.orgTails.has(v.words[j - 1]!.key)) j--;
  }
  if (i === c.i && j === c.j) return [];
  const words = v.words.slice(i, j);
  if (!words.every((w) => w.cap || w.upper) || isPlace(v, i, lx)) return [];
  if (words.length === 1 && words[0]!.pos !== undefined && !words[0]!.upper) return [];
  return words.map((w) => w.key);
}
