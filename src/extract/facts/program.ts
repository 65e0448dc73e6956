import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import type { Fact } from '../model.js';
import { hits, rule } from '../pattern.js';
import { isGoverned, subjectSlot } from '../subjects.js';
import { loadTriggers } from '../triggers.js';

/**
 * program: a public program's owner, budget (its envelope, never a grant) and launch date.
 * "Lancé en 2016 par le ministère, le Fonds X est doté d'une enveloppe de 20 millions",
 * "dans le cadre de sa stratégie (SX)" (the subject owns it), "the agency's Scale-Up
 * Program", "le programme X du ministère Y", "le crédit d'impôt …, une mesure du
 * gouvernement", "M. Roy a présenté le plan X" (the presenter's organization).
 */
const rules = lazy(() => {
  const t = loadTriggers('program');
  return [
    rule('launched-by', '{T:launched} (?:(?:en |in )?{DATE:launched} )?(?:par|by) {ORG:owner}{LOOSE:40}{PROGRAM:program}', t),
    rule('launched-after', '{PROGRAM:program}{LOOSE:30}{T:launched} (?:en|in) {DATE:launched}(?: (?:par|by) {ORG:owner})?', t),
    rule('launched-first', '^[^⟦⟧]{0,12}?{T:launched} (?:en|in) {DATE:launched}{LOOSE:60}{PROGRAM:program}', t),
    rule('possessive', "(?<={ORG:owner}{LOOSE:80})(?:son|sa|ses|its|their) {PROGRAM:program}", t),
    rule('org-s', "{ORG:owner}'s {PROGRAM:program}", t),
    rule('of-org', "{PROGRAM:program} (?:du|de la|de l'|d'|of the|of) {ORG:owner}", t),
    rule('measure-of', "{PROGRAM:program}, (?:une?|a|an|le|la|l') {T:measure} (?:du|de la|de l'|d'|of the|of) {ORG:owner}", t),
    rule('budget-after', '{PROGRAM:program}{LOOSE:60}{T:budget} (?:de |d\'|of )?{MONEY:budget}', t),
    rule('budget-before', "{MONEY:budget} (?:d'|de |in )?{T:budget}{LOOSE:40}{PROGRAM:program}", t),
    rule('subject', '{ORG:owner}{LOOSE:60}(?:dans le cadre|under|as part of){LOOSE:20}{PROGRAM:program}', t),
    rule('presented', '{PER:presenter}{GAP:30}{T:presents} {PROGRAM:program}', t),
  ];
});

type Fields = { owner?: string; budget?: number; launched?: string };

export function extractProgram(ctx: Context, earlier: readonly Fact[]): Fact[] {
  const found = new Map<string, { fields: Fields; si: number; rule: string }>();
  for (const m of ctx.masked) {
    for (const r of rules()) {
      for (const h of hits(r, m, ctx.text)) {
        const id = h.slots.program?.entity;
        if (!id) continue;
        const entry = found.get(id) ?? { fields: {}, si: m.index, rule: r.name };
        found.set(id, entry);
        const f = entry.fields;
        let owner = h.slots.owner;
        if (r.name === 'possessive' && owner && isGoverned(m, owner)) owner = subjectSlot(m, ['ORG'], h.start) ?? owner;
        f.owner ??= owner?.entity ?? presenterOrg(h.slots.presenter?.entity, earlier);
        f.launched ??= h.slots.launched?.date?.iso;
        f.budget ??= h.slots.budget?.money?.amount;
      }
    }
  }
  return [...found].filter(([, e]) => Object.values(e.fields).some((v) => v !== undefined))
    .map(([id, e]) => makeFact('program', { program: id, ...e.fields }, evidence(ctx, e.si, `program.${e.rule}`)));
}

/** The organization of the person presenting a plan, from the roles found before. */
function presenterOrg(person: string | undefined, roles: readonly Fact[]): string | undefined {
  return person ? (roles.find((f) => f.type === 'role' && f.person === person && f.status === 'current')?.org as string | undefined) : undefined;
}
