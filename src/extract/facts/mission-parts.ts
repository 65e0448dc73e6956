import { parseQuantity } from '../../nlp/values/index.js';
import type { Context } from '../context.js';
import { foldText } from '../fold-map.js';
import { MARKER, type Masked } from '../masked.js';
import { lazy } from '../fact.js';
import { hits, rule } from '../pattern.js';
import type { Slot } from '../slots.js';
import { loadTriggers, triggerSource } from '../triggers.js';
import { withEnd } from './date-range.js';
import { placeOfName } from './place-of-name.js';

/** The pieces of a mission read from its sentences: where to, how many, who. */
const t = () => loadTriggers('mission');

interface Mark { at: number; end: number; slot: Slot }
const marks = (m: Masked): Mark[] => [...m.text.matchAll(MARKER)].map((h) => ({ at: h.index!, end: h.index! + h[0].length, slot: m.slots[Number(h[2])]! }));

/**
 * Destinations: places after "en", "à", "to" ("en Belgique", "à Gand et à Liège, en Belgique",
 * "to Dallas, Texas"), the place of an event it travels to ("jusqu'au Salon à Lyon"),
 * never an origin ("de la région de Lévis", "en provenance de la Suisse").
 */
export function destinations(ctx: Context, m: Masked): string[] {
  const to = new RegExp(`(?:${triggerSource(t(), 'to')})\\s*(?:l'|le |la |les |the )?$`);
  const out: string[] = [];
  let last: Mark | undefined;
  for (const mk of marks(m)) {
    const lead = m.text.slice(Math.max(0, mk.at - 14), mk.at);
    const chained = last && /^(?:,| et| and)? ?$/.test(m.text.slice(last.end, mk.at));
    const { slot } = mk;
    if (slot.kind === 'LOC' && slot.entity && (to.test(lead) || (chained && out.length))) {
      out.push(slot.entity);
      last = mk;
    } else if (slot.kind === 'EVENT' && to.test(lead)) {
      const place = placeOfName(ctx, slot.entity);
      if (place) out.push(place);
    } else if (slot.kind !== 'DATE') last = undefined;
  }
  return [...new Set(out)];
}

/** "Six membres", "douze entreprises", "Nine Ontario software companies". */
export function size(m: Masked): number | undefined {
  const nouns = new Set(t().get('size'));
  const sized = new RegExp(`^ (?:[a-z-]+ ){0,3}(?:${triggerSource(t(), 'size')})`);
  for (const { slot, end } of marks(m)) {
    const c = slot.count;
    // "15 Quebec companies": the finder took "Quebec" for the noun
    if (slot.kind === 'COUNT' && c && c.value > 1 && (nouns.has(foldText(c.noun ?? '')) || sized.test(m.text.slice(end)))) return c.value;
  }
  const spelled = new RegExp(`(?:^|\\s)([a-z]+|\\d+) (?:⟦LOC#\\d+⟧ )?(?:[a-z-]+ ){0,3}(?:${triggerSource(t(), 'size')})`).exec(m.text);
  const n = spelled ? parseQuantity(spelled[1]!) : NaN;
  return Number.isFinite(n) && n > 1 ? n : undefined;
}

/** The mission's dates: the first range its sentences give ("du 3 au 7 avril", "from June 2 to 6"). */
export function dates(ms: Masked[]): { start?: string; end?: string } {
  for (const m of ms) {
    for (const { slot, end } of marks(m)) {
      if (slot.kind !== 'DATE' || !slot.date) continue;
      const range = withEnd(slot.date, m.text.slice(end, end + 8));
      if (range.end) return range;
    }
  }
  // No range: the first date of the mission's own sentence ("une mission au Mexique en novembre").
  const single = ms[0]?.slots.find((s) => s.kind === 'DATE' && s.date)?.date;
  return single ? { start: single.iso } : {};
}

const rules = lazy(() => ({
  members: rule('members', '{T:members} (?<rest>.*)$', t()),
  escort: rule('escort', '{T:escort} (?<rest>.*)$', t()),
  among: rule('among', '{T:among} (?<rest>.*)$', t()),
  escorting: rule('escorting', '{PER:per}{SKIP:120}(?:accompagnait|accompagnaient|accompanied) (?:effectivement |aussi )?(?:le groupe|la delegation|the group|the delegation)', t()),
}));

/**
 * Participants: everyone "Il s'agit de …" names, the people "La délégation était accompagnée
 * de …" or "led by …", the organizations after "dont", and a person "accompagnait le groupe".
 */
export function participants(m: Masked): string[] {
  const out: string[] = [];
  const r = rules();
  const after = (name: 'members' | 'escort' | 'among', kinds: string[]) => {
    for (const h of hits(r[name], m, '')) {
      const from = h.start;
      for (const mk of marks(m)) if (mk.at > from && kinds.includes(mk.slot.kind) && mk.slot.entity) out.push(mk.slot.entity);
    }
  };
  after('members', ['PER', 'ORG']);
  after('escort', ['PER']);
  after('among', ['ORG']);
  for (const h of hits(r.escorting, m, '')) if (h.slots.per?.entity) out.push(h.slots.per.entity);
  return out;
}

/** Organizations of a list introduced by "Composition de la délégation :", one per item. */
export function listedParticipants(ctx: Context, fromSentence: number, toSentence: number): string[] {
  const out: string[] = [];
  const cue = new RegExp(triggerSource(t(), 'list'));
  for (let li = ctx.lineOf[fromSentence]!; li < ctx.lines.length && li <= ctx.lineOf[Math.min(toSentence, ctx.lineOf.length - 1)]!; li++) {
    const line = ctx.lines[li]!;
    const head = ctx.masked[line.sentences.at(-1)!]!;
    if (line.item || !/:\s*$/.test(head.text) || !cue.test(head.text)) continue;
    for (let k = li + 1; k < ctx.lines.length && ctx.lines[k]!.item; k++) {
      const first = ctx.masked[ctx.lines[k]!.sentences[0]!]!.slots.find((s) => s.kind === 'ORG' && s.entity);
      if (first?.entity) out.push(first.entity);
    }
  }
  return out;
}

/** Only "X accompagnait le groupe": safe to read far from the mission's own sentences. */
export function escortingOnly(m: Masked): string[] {
  return hits(rules().escorting, m, '').map((h) => h.slots.per?.entity).filter((id): id is string => !!id);
}
