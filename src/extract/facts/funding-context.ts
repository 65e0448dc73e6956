import type { Context } from '../context.js';
import { MARKER, sourceText, type Masked } from '../masked.js';
import type { Fact } from '../model.js';
import type { Slot } from '../slots.js';
import { subjectSlot } from '../subjects.js';
import { hasTrigger, loadTriggers, triggerSource, type Triggers } from '../triggers.js';

/**
 * What an announcement says once for all its grants: who gives (the announcer, or the owner
 * of the program), under which program, and when. "Le 3 février 2023, le ministère a annoncé
 * les lauréats de son programme Impulsion" → funder, program and date of every
 * recipient listed after.
 */
export interface FundingContext {
  funder?: string;
  program?: string;
  date?: string;
}

const t = () => loadTriggers('funding');
const slotsOf = (m: Masked, kind: string) => m.slots.filter((s) => s.kind === kind && s.entity);

/** Does the sentence speak of funding: an amount, a funding noun or verb? */
export function isFundingSentence(m: Masked): boolean {
  return m.slots.some((s) => s.kind === 'MONEY') || ['list-intro', 'noun'].some((c) => hasTrigger(t(), c, m.text));
}

export function fundingContext(ctx: Context, programs: readonly Fact[]): FundingContext {
  const out: FundingContext = {};
  const announce = new RegExp(triggerSource(t(), 'announce'));
  // An announcement counts when it, or the sentence after it, speaks of funding.
  const relevant = ctx.masked.filter((m, i) => isFundingSentence(m) || (announce.test(m.text) && ctx.masked[i + 1] && isFundingSentence(ctx.masked[i + 1]!)));
  for (const m of relevant) {
    out.program ??= slotsOf(m, 'PROGRAM')[0]?.entity;
    if (!out.funder && (announce.test(m.text) || hasTrigger(t(), 'grant', m.text))) {
      const at = m.text.search(announce);
      out.funder = (at >= 0 ? announcerNear(m, at) : undefined) ?? subjectSlot(m, ['ORG'])?.entity;
      out.date ??= pastDate(ctx, m, loadTriggers('founded'));
    }
  }
  if (!out.funder && out.program) out.funder = programs.find((p) => p.program === out.program)?.owner as string | undefined;
  return out;
}

/** "the agency announced", "a annoncé la directrice régionale du ministère X": the organization by the verb. */
function announcerNear(m: Masked, at: number): string | undefined {
  const marks = [...m.text.matchAll(MARKER)].map((h) => ({ at: h.index!, slot: m.slots[Number(h[2])]! }))
    .filter((x) => x.slot.kind === 'ORG' && x.slot.entity);
  const before = marks.filter((x) => x.at < at).at(-1);
  const after = marks.find((x) => x.at > at && x.at - at < 80);
  return (before && at - before.at < 60 ? before : after ?? before)?.slot.entity;
}

/**
 * The sentence's own date, when it is not in the article's future ("d'ici 2017") nor, given
 * `unless` triggers, the date of something else ("fondée en 1969").
 */
export function pastDate(ctx: Context, m: Masked, unless?: Triggers): string | undefined {
  const pub = ctx.a.doc.published ?? '9999';
  const other = unless ? new RegExp(`(?:${[...unless.keys()].map((c) => triggerSource(unless, c)).join('|')})[^⟦⟧]{0,12}$`) : null;
  const d = m.slots.find((s, k) => {
    if (s.kind !== 'DATE' || !s.date || s.date.end_iso || s.date.iso > pub) return false;
    return !other?.test(m.text.slice(0, m.text.indexOf(`⟦DATE#${k}⟧`)));
  });
  return d?.date?.iso;
}

/** The purpose after an amount: "pour automatiser son entrepôt", "to build a test tank". */
export function purposeAfter(ctx: Context, m: Masked, from: number): string | undefined {
  const re = new RegExp(`^[^⟦⟧]{0,40}?(?:${triggerSource(t(), 'purpose')})\\s+((?:[^⟦⟧.;,]|⟦(?:LOC|ORG|EVENT)#\\d+⟧){4,90})`);
  const hit = re.exec(m.text.slice(from));
  if (!hit) return undefined;
  const start = from + hit[0].length - hit[1]!.length;
  return sourceText(m, ctx.text, start, start + hit[1]!.trimEnd().length) || undefined;
}

/** Is this amount something else than money given (a market, a cost, an envelope)? */
export function isNotFunding(m: Masked, money: Slot): boolean {
  const at = m.text.indexOf(`⟦MONEY#${m.slots.indexOf(money)}⟧`);
  return hasTrigger(t(), 'not', m.text.slice(Math.max(0, at - 40), at));
}
