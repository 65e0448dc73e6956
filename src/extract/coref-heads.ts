import type { Analysis } from './analysis.js';
import { grammarClass } from './coref-nouns.js';
import { foldText } from './fold-map.js';
import type { Mention } from './model.js';

/**
 * "Le Technocentre organisera …", "la directrice du Centre": a definite article and the first
 * word of a multi-word organization named before, standing for it. The nearest such name wins.
 * Not when a complement follows ("le Centre des foires de Lévis" is another name).
 */
export function headAnaphors(a: Analysis, others: readonly Mention[]): Mention[] {
  const definite = grammarClass('definite');
  const heads = new Map<string, string[]>();
  for (const e of a.entities) {
    const words = e.name.split(/\s+/);
    if (e.type !== 'ORG' || words.length < 2) continue;
    const head = foldText(words[0]!.replace(/^(?:l['’])/i, ''));
    heads.set(head, [...(heads.get(head) ?? []), e.id]);
  }
  const all = [...a.mentions, ...others];
  const out: Mention[] = [];
  a.sentences.forEach((s, si) => {
    const toks = s.tokens;
    for (let k = 0; k + 1 < toks.length; k++) {
      const head = toks[k + 1]!;
      if (!/^\p{Lu}/u.test(head.text) || toks[k]!.text.length > 6 || !definite.has(foldText(toks[k]!.text))) continue;
      const ids = heads.get(foldText(head.text));
      if (!ids || all.some((m) => m.start <= head.start && head.end <= m.end)) continue;
      const next = toks[k + 2];
      if (next && /^(?:de|du|des|d['’])$/i.test(next.text) && /^\p{Lu}/u.test(toks[k + 3]?.text ?? '')) continue;
      const target = all.filter((m) => m.entity && ids.includes(m.entity) && m.start < head.start).sort((x, y) => y.start - x.start)[0];
      if (target) out.push({ start: head.start, end: head.end, text: head.text, type: 'ORG', sentence: si, rule: `coref:${foldText(head.text)}`, entity: target.entity });
    }
  });
  return out;
}
