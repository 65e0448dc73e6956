import { appendFolded, type Folded } from './fold-map.js';
import type { Slot } from './slots.js';

/**
 * A sentence as rules read it: folded text (lower case, no accents) in which every slot is a
 * marker "⟦KIND#k⟧", k indexing `slots`. "La présidente de l'ARQ, Julie Vachon" reads
 * "la ⟦TITLE#0⟧ de l'⟦ORG#1⟧, ⟦PER#2⟧".
 */
export interface Masked {
  /** Index of the sentence in the analysis. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Offset in the document of each character of `text`. */
  map: number[];
  slots: Slot[];
}

export const MARKER = /⟦([A-Z]+)#(\d+)⟧/g;

export function buildMasked(index: number, docText: string, start: number, end: number, slots: Slot[]): Masked {
  const out: Folded = { text: '', map: [] };
  const inside = slots.filter((s) => s.start >= start && s.end <= end);
  let at = start;
  inside.forEach((slot, k) => {
    appendFolded(out, docText, at, slot.start);
    const marker = `⟦${slot.kind}#${k}⟧`;
    for (let i = 0; i < marker.length; i++) {
      out.text += marker[i];
      out.map.push(i === marker.length - 1 ? slot.end - 1 : slot.start);
    }
    at = slot.end;
  });
  appendFolded(out, docText, at, end);
  const { text, map } = dropAsides(out);
  return { index, start, end, text, map, slots: inside };
}

/**
 * Discourse adverbs say nothing to a rule and only push words apart: "X s'associe par ailleurs
 * au cégep", "Y a, pour sa part, conclu une entente" read "X s'associe au cégep", "Y a conclu".
 */
const ASIDE = "elle aussi|lui aussi|elles aussi|eux aussi|par ailleurs|d'ailleurs|egalement|en outre|pour sa part|pour leur part|de son cote|de leur cote|quant a elle|quant a lui|aussi|also|meanwhile|for its part|in turn";
const ASIDES = new RegExp(`, (?:${ASIDE}),(?= )| (?:${ASIDE})(?=[ ,.;])`, 'g');

function dropAsides(f: Folded): Folded {
  const asides = [...f.text.matchAll(ASIDES)];
  if (!asides.length) return f;
  const keep = new Uint8Array(f.text.length).fill(1);
  for (const m of asides) keep.fill(0, m.index!, m.index! + m[0].length);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < f.text.length; i++) {
    if (!keep[i]) continue;
    text += f.text[i];
    map.push(f.map[i]!);
  }
  return { text, map };
}

/** The document's own text behind masked offsets [from, to): what a rule quotes. */
export function sourceText(m: Masked, docText: string, from: number, to: number): string {
  if (to <= from || from >= m.map.length) return '';
  const a = m.map[from]!;
  const b = m.map[Math.min(to, m.map.length) - 1]! + 1;
  return docText.slice(a, b).trim();
}

/** The slot a marker at masked offset `pos` stands for, if any. */
export function slotAt(m: Masked, pos: number): Slot | undefined {
  MARKER.lastIndex = 0;
  for (const hit of m.text.matchAll(MARKER)) {
    if (hit.index! <= pos && pos < hit.index! + hit[0].length) return m.slots[Number(hit[2])];
  }
  return undefined;
}
