import type { Context } from '../context.js';
import { lazy, runRules } from '../fact.js';
import { foldText } from '../fold-map.js';
import type { Fact } from '../model.js';
import { nounTable } from '../coref-nouns.js';
import { rule, type Hit } from '../pattern.js';
import { isGoverned, subjectSlot } from '../subjects.js';
import { loadTriggers } from '../triggers.js';

/**
 * members: how many members an organization has (total) or gained (added).
 * "compte plus de 500 membres" (total, approx), "ajoute 35 nouveaux membres" (added),
 * "regroupe 70 entreprises" (total: a network's members need not be called members),
 * "a accueilli 12 nouveaux membres … et en compte maintenant 150".
 * Not: "compte 30 employés", "la ville compte une trentaine de studios" (no organization).
 */
const rules = lazy(() => {
  const t = loadTriggers('members');
  return [
    // The organization sits in a lookbehind, so one subject serves two counts:
    // "now has 250 members after welcoming 25 new members".
    // The count is the match, the rest a lookbehind: one verb serves several counts too
    // ("regroupe plus de 130 chambres de commerce et 1 100 entreprises membres").
    rule('verb-count', '(?<={ORG:org}{LOOSE:90}(?:(?<added>{T:added})|(?<gather>{T:gather})|{T:total}) {LOOSE:60}){COUNT:count}', t),
    // "… membres … et en compte maintenant 150"
    rule('en-compte', '(?<={ORG:org}{LOOSE:150})\\ben (?:{T:total}|{T:gather}) {GAP:25}{COUNT:count}', t),
    // "compte 153 membres, dont 31 se sont joints à lui cette année"
    rule('dont-added', '(?<={ORG:org}{LOOSE:90}{T:total} {LOOSE:60}⟦COUNT#\\d+⟧[^⟦⟧.;]{0,20}), dont {COUNT:count}(?<joined> {GAP:30}{T?:joined})?', t),
    // "… compte 58 membres, soit 21 de plus qu'avant", "… 230 members, 25 more than last year"
    rule('more-than', '(?<={ORG:org}{LOOSE:90}(?:{T:total}|{T:gather}) {LOOSE:60}⟦COUNT#\\d+⟧[^⟦⟧.;]{0,30}), (?:soit |or )?(?:(?<n>\\d+) (?:de plus|more)|{COUNT:count}(?= than| de plus))', t),
    // "… 153 membres, dont 31 se sont joints à lui": a bare number
    rule('dont-added-bare', '(?<={ORG:org}{LOOSE:90}{T:total} {LOOSE:60}⟦COUNT#\\d+⟧[^⟦⟧.;]{0,20}), dont (?<n>\\d+) {GAP:30}{T:joined}', t),
    // heading: "35 nouveaux membres pour le réseau X"
    rule('count-for-org', '^{COUNT:count} (?:pour|for|a|au|chez|at) {ORG:org}', t),
    // "the AMCQ, whose 230 member companies …", "l'AMB, dont les 230 entreprises membres …"
    rule('whose-count', "{ORG:org},? (?:whose|dont les) {COUNT:count}", t),
  ];
});

/** "Pôle X, un regroupement qui compte une centaine d'entreprises": a network counts its firms. */
function isNetwork(ctx: Context, h: Hit): boolean {
  const nouns = nounTable();
  const org = ctx.entities.get(h.slots.org?.entity ?? '');
  const words = [...(org?.name.split(/\s+/).slice(0, 1) ?? []), ...h.masked.text.slice(0, h.start).split(/[^a-z'-]+/).slice(-8)];
  return words.some((w) => nouns.get(foldText(w))?.family === 'network');
}

export function extractMembers(ctx: Context): Fact[] {
  const t = loadTriggers('members');
  const member = new Set(t.get('member'));
  const body = new Set(t.get('body'));
  const joined = new Set((t.get('joined') ?? []).map(foldText));
  return runRules(ctx, 'members', rules(), (h) => {
    const count = h.slots.count?.count ?? (h.texts.n ? { value: Number(h.texts.n), approx: false, added: true, noun: undefined, text: h.texts.n } : undefined);
    const org = subjectOfVerb(h) ?? h.slots.org?.entity;
    if (!count || !org || count.value < 2) return null;
    const noun = foldText(count.noun ?? '');
    const next = h.masked.text.slice(h.end, h.end + 30);
    const isMember = member.has(noun) || /membres?$|members?$/.test(foldText(count.text)) || /^(?:\s+[a-z-]+){0,2}\s+(?:membres|members)\b/.test(next) || (h.rule === 'whose-count' && /^ ?(?:membres|companies|firms|organizations)\b/.test(next));
    const ok = isMember || (h.rule === 'dont-added' && (h.texts.joined !== undefined || joined.has(noun))) || ((h.texts.gather || isNetwork(ctx, h)) && body.has(noun)) || (h.rule === 'en-compte' && !noun && /membre|member/.test(foldText(ctx.a.sentences.slice(Math.max(0, h.masked.index - 1), h.masked.index + 1).map((x) => x.text).join(' ')))) || h.rule === 'dont-added-bare' || h.rule === 'more-than';
    if (!ok) return null;
    const added = Boolean(h.texts.added || count.added || h.rule.startsWith('dont-added') || h.rule === 'more-than');
    return { org, count: count.value, approx: count.approx || undefined, kind: added ? 'added' : 'total' };
  });
}

/**
 * "le CDN est rattaché à la SDED et regroupe 42 membres": the organization the rule found is a
 * complement; the verb's subject is the sentence's.
 */
function subjectOfVerb(h: Hit): string | undefined {
  const found = h.slots.org;
  if (h.rule !== 'verb-count' || !found || !isGoverned(h.masked, found)) return undefined;
  const k = h.masked.slots.indexOf(found);
  const between = h.masked.text.slice(h.masked.text.indexOf(`⟦ORG#${k}⟧`), h.start);
  if (!/\b(?:et|and)\b/.test(between)) return undefined;
  return subjectSlot(h.masked, ['ORG'], h.start)?.entity;
}
