import type { Count, DateValue, Money } from '../nlp/values/index.js';
import type { EntityType, Mention } from './model.js';

/**
 * A typed span a rule can point at: an entity mention, a value, or a job title.
 * Rules see a sentence as text with each slot replaced by a marker such as ⟦ORG#2⟧.
 */
export type SlotKind = EntityType | 'MONEY' | 'DATE' | 'COUNT' | 'TITLE';

export interface TitleInfo {
  /** The lexicon's code ("ceo", "director"). */
  code: string;
}

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  text: string;
  /** Entity id, for entity kinds. */
  entity?: string;
  /** The mention behind an entity slot (its rule says "coref:…" for an anaphor). */
  mention?: Mention;
  money?: Money;
  date?: DateValue;
  count?: Count;
  title?: TitleInfo;
}

export const ENTITY_KINDS = new Set<SlotKind>(['ORG', 'PER', 'LOC', 'EVENT', 'PROGRAM']);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Slots of one span of text: mentions first, then values and titles where no earlier slot sits.
 * Money beats a date or count on the same words ("12 millions de dollars" is not a count).
 */
export function layoutSlots(groups: Slot[][]): Slot[] {
  const kept: Slot[] = [];
  for (const group of groups) {
    for (const slot of group) if (!kept.some((k) => overlaps(k, slot))) kept.push(slot);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function mentionSlot(m: Mention): Slot {
  return { kind: m.type, start: m.start, end: m.end, text: m.text, entity: m.entity, mention: m };
}

export const moneySlot = (v: Money): Slot => ({ kind: 'MONEY', start: v.start, end: v.end, text: v.text, money: v });
export const dateSlot = (v: DateValue): Slot => ({ kind: 'DATE', start: v.start, end: v.end, text: v.text, date: v });
export const countSlot = (v: Count): Slot => ({ kind: 'COUNT', start: v.start, end: v.end, text: v.text, count: v });

/**
 * "Réseau Boréal des technologies (RBT)": a name and its acronym in parentheses are one slot,
 * so rules need not expect the parenthesis. Also "L'Association …, (A.G.Q.),".
 */
export function mergeAcronyms(slots: Slot[], text: string): Slot[] {
  const out: Slot[] = [];
  for (let i = 0; i < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1];
    if (b && a.entity && a.entity === b.entity && /^\s*,?\s*\(\s*$/.test(text.slice(a.end, b.start))) {
      const close = /^\s*\)/.exec(text.slice(b.end));
      if (close) {
        out.push({ ...a, end: b.end + close[0].length });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
