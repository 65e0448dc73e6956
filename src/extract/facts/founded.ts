import type { Context } from '../context.js';
import { lazy, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { rule, type Hit } from '../pattern.js';
import type { Slot } from '../slots.js';
import { isGoverned } from '../subjects.js';
import { loadTriggers } from '../triggers.js';

/**
 * founded: an organization founded or created at a date.
 * "Fondée en 1992, l'entreprise…", "L'AGQ, fondée en 1971,", "La société d'État a été
 * créée en 1985", "a Laval company founded in 2010", "was spun out of … in 2017".
 */
// Not after an auxiliary: "qui a créé" is active, "…, a été créé" the sentence's own verb (passive rule).
const ACTIVE = "(?<!(?:\\ba|\\bont|\\bavait|\\bhas|\\bhave|\\bhad|\\bqui|\\bete|\\best|\\bwas|\\bbeen|\\bsont) )";
const WHEN = "(?:en |in |le |on )?{DATE:date}";
/** "founded in Laval in 2017": a place may come before the date. */
const PLACE = "(?:(?:a|au|en|in|dans) (?:l'|le |la )?{LOC} )?";

const rules = lazy(() => {
  const t = loadTriggers('founded');
  return [
    // "Fondé en 2014 par d'anciens employés de Groupe X, Studio Y compte…"
    rule('participle-first', `^[^⟦⟧]{0,12}?{T:founded} ${WHEN}{ANY:120}, {DESC}{ORG:org}`, t),
    // "Le cercle, créé en 2007 et basé à Lévis", "Le Nid, organisme sans but lucratif créé en 2012"
    rule('apposition', `{ORG:org}, {LOOSE:70}${ACTIVE}{T:founded} ${PLACE}${WHEN}`, t),
    // "Mme Roy avait mis sur pied Élan il y a cinq ans", "Marc, our CTO, and I founded the company in 2012"
    rule('active', `(?:{PER}|(?<![a-z])(?:nous|we|i))(?: {LOOSE:60})? {T:founded-active} {DESC}{ORG:org} {GAP:30}${PLACE}${WHEN}`, t),
    // "The Photonics Lab, a research institute of the University of X created in 2011"
    rule('apposition-of', `{ORG:org}, (?:un|une|a|an|le|la|l'|the) {GAP:40}(?:{DE}|of) {ORG} ${ACTIVE}{T:founded} ${WHEN}`, t),
    // "La société d'État a été créée en 1985", "The firm was founded in 1994"
    rule('passive', `{ORG:org} {LOOSE:40}(?:a ete|est|sont|ont ete|was|were|has been|had been|avait ete) {T:founded} ${WHEN}`, t),
    // "Le RETCN a beaucoup grandi depuis sa création en 2004", "since its founding in 2009"
    rule('since-creation', `{ORG:org}{LOOSE:60}(?:depuis sa (?:creation|fondation)|since (?:its|their) (?:founding|creation|launch|inception)) (?:en |in )?{DATE:date}`, t),
    // "Néo Énergie a vu le jour en 2018"
    rule('born', `{ORG:org} {LOOSE:40}{T:born} ${WHEN}`, t),
    // "The start-up was spun out of a university lab in 2017"
    rule('spinoff', `{ORG:org} (?:a ete|est|was|has been) {T:spinoff} {ANY:80}(?:en|in) {DATE:date}`, t),
  ];
});

export function extractFounded(ctx: Context): Fact[] {
  return runRules(ctx, 'founded', rules(), (h) => {
    // "Le Hublot, l'incubateur du Cégep de Rimouski, inauguré en 2017": the participle is the head's, not the complement's.
    const slot = h.rule === 'apposition' && h.slots.org && isComplement(h) ? headBefore(h) : h.slots.org;
    const org = slot?.entity;
    const date = h.slots.date?.date;
    if (!org || !date || date.end_iso) return null;
    // "Le laboratoire, rattaché à l'université X, a été créé en 2019": not the university.
    if (h.rule === 'passive' && isGoverned(h.masked, h.slots.org!)) return null;
    return { org, date: date.iso };
  });
}

/** "… du Cégep de Rimouski, inauguré": the organization the rule found completes a noun ("de", "du", "des"). */
function isComplement(h: Hit): boolean {
  const k = h.masked.slots.indexOf(h.slots.org!);
  const at = h.masked.text.indexOf(`⟦ORG#${k}⟧`);
  return /(?:^|\s)(?:de|du|des|d') ?(?:l'|la |le |les )?$/.test(h.masked.text.slice(Math.max(0, at - 12), at));
}

/** The organization an apposition hangs on: the last one named before the complement the rule found. */
function headBefore(h: Hit): Slot | undefined {
  const k = h.masked.slots.indexOf(h.slots.org!);
  return h.masked.slots.slice(0, k).filter((x) => x.kind === 'ORG' && x.entity).at(-1);
}
