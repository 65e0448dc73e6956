import type { Analysis } from './analysis.js';
import { resolveAnaphors } from './coref.js';
import { buildMasked, type Masked } from './masked.js';
import type { Entity, Evidence, Mention } from './model.js';
import { countSlot, dateSlot, layoutSlots, mentionSlot, mergeAcronyms, moneySlot, type Slot } from './slots.js';
import { findTitles } from './titles.js';

/**
 * What every fact extractor reads: the analysis, its sentences masked for rules, the anaphors
 * resolved, and the layout in lines (a list item, a heading, a paragraph each hold one line).
 */
export interface Line {
  start: number;
  end: number;
  sentences: number[];
  /** A list item: "- Atelier Boréal … (125 000 $)". */
  item: boolean;
}

export interface Context {
  a: Analysis;
  text: string;
  /** The recognizer's mentions and the resolved anaphors, sorted by start. */
  mentions: Mention[];
  masked: Masked[];
  lines: Line[];
  /** Sentence index → line index. */
  lineOf: number[];
  entities: Map<string, Entity>;
}

export function buildContext(a: Analysis): Context {
  const text = a.doc.text;
  const mentions = [...a.mentions, ...resolveAnaphors(a)].filter((m) => m.entity).sort((x, y) => x.start - y.start);
  const masked = a.sentences.map((s, i) => {
    const within = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
    const ms = within(mentions).map(mentionSlot);
    const taken = (start: number, end: number) => ms.some((m) => m.start < end && start < m.end);
    const groups: Slot[][] = [
      ms,
      within(a.values.money).map(moneySlot),
      within(a.values.dates).map(dateSlot),
      within(a.values.counts).map(countSlot),
      findTitles(s.tokens, text, taken),
    ];
    return buildMasked(i, text, s.start, s.end, mergeAcronyms(layoutSlots(groups), text));
  });
  const { lines, lineOf } = layoutLines(a);
  return { a, text, mentions, masked, lines, lineOf, entities: new Map(a.entities.map((e) => [e.id, e])) };
}

/** Sentences on one line of the clean text form a line; "- ", "• ", "* " open a list item. */
function layoutLines(a: Analysis): { lines: Line[]; lineOf: number[] } {
  const lines: Line[] = [];
  const lineOf: number[] = [];
  a.sentences.forEach((s, i) => {
    const prev = a.sentences[i - 1];
    const last = lines.at(-1);
    if (!last || !prev || a.doc.text.slice(prev.end, s.start).includes('\n')) {
      const lineStart = a.doc.text.lastIndexOf('\n', s.start - 1) + 1;
      const item = /^\s*[-•*–]\s/.test(a.doc.text.slice(lineStart, s.start + 2));
      lines.push({ start: s.start, end: s.end, sentences: [i], item });
    } else {
      last.sentences.push(i);
      last.end = s.end;
    }
    lineOf.push(lines.length - 1);
  });
  return { lines, lineOf };
}

/** Evidence for a fact read from sentence `si` by `rule`. */
export function evidence(ctx: Context, si: number, rule: string): Evidence {
  const s = ctx.a.sentences[si]!;
  return { doc: ctx.a.doc.id, sentence: si, start: s.start, end: s.end, text: s.text, rule };
}

export function entityType(ctx: Context, id: string | undefined): string | undefined {
  return id ? ctx.entities.get(id)?.type : undefined;
}
