import type { Context } from '../context.js';
import { lazy, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { rule as makeRule, type Hit } from '../pattern.js';

/** An optional descriptive noun before a party: "l'agence X", "la firme Y". */
const D = "(?:(?:l'|le |la |the )?{T?:descriptor} )?";
/** An apposition after a party: ", the Montréal data-science institute," (places may stand in it). */
/** A kind's English modifier: "a mentoring agreement", "a pilot agreement". */
const MOD = '(?:(?:[a-z]+ing|pilot|research|distribution|strategic|supply|joint|service|licensing|three-year|two-year|five-year) )?';
const APPOSITION = "(?:, (?:[^⟦⟧,;]|⟦LOC#\\d+⟧){3,90},)?";
import { hasTrigger, loadTriggers } from '../triggers.js';
import { mainOrg, previousSubject } from '../subjects.js';
import { pastDate } from './funding-context.js';
import { signingPlace, signingSentence } from './signing.js';

/**
 * partnership: an agreement, memorandum, alliance or cooperation between organizations (or
 * events). "X et Y signent un protocole", "X a signé une entente de collaboration avec Y",
 * "une entente de collaboration entre X et Y", "le rapprochement des événements X et Y",
 * "organisée par X en collaboration avec Y". Kind is the agreement's noun as written; date and
 * place come from the sentence, a later "L'entente a été signée à Lyon le 3 mai", or the
 * event it was signed at ("During the conference, …").
 */
const rules = lazy(() => {
  const t = loadTriggers('partnership');
  const rule = (name: string, pattern: string, tr: typeof t) => makeRule(name, pattern.replaceAll('{D}', D), tr);
  return [
    rule('pair-signs', `{ORG|EVENT:a} (?:et|and) {D}(?:[a-z]+ )?{ORG|EVENT:b}{LOOSE:60}{T:sign} {LOOSE:30}(?<kind>${MOD}{T:kind})`, t),
    // "Since then it has signed a pilot agreement with X"; "L'assemblée a entériné une entente avec l'UQAC"
    rule('context-signs-with', `^(?:[^⟦⟧]{0,40}? )?(?:il|elle|it|they|l'assemblee|le conseil|the board|l'organisme|l'entreprise)? ?{GAP:25}(?:{T:sign}|{T:ratify}) {LOOSE:25}(?<kind>${MOD}{T:kind}){LOOSE:40} (?:avec|with) {D}{ORG:b}`, t),
    // "IVADO, the Montréal institute, and NumériWal, a centre in Belgium, have signed a memorandum"
    rule('pair-apposed-signs', `{ORG:a}${APPOSITION} (?:et|and) {D}{ORG:b}${APPOSITION}{LOOSE:30}{T:sign} {GAP:25}(?<kind>{T:kind})`, t),
    rule('signs-with', `(?<={ORG:a}{LOOSE:120}){T:sign} {LOOSE:25}(?<kind>${MOD}{T:kind}){LOOSE:40} (?:avec|with) {LOOSE:50}{ORG:b}`, t),
    // "X a signé avec le cégep une entente qui …"
    rule('signs-with-first', `(?<={ORG:a}{LOOSE:80}){T:sign} (?:avec|with) {D}{ORG:b} {GAP:30}(?<kind>${MOD}{T:kind})`, t),
    rule('between', '(?<kind>{T:kind}){GAP:40}{T:between} {D}{ORG|EVENT:a} (?:et|and) {D}{ORG|EVENT:b}', t),
    rule('of-pair', "(?<kind>rapprochement|cooperation|collaboration|partenariat|alliance|partnership) (?:des|de|du|d'|of) {NP:40}{ORG|EVENT:a} (?:et|and) {D}{ORG|EVENT:b}", t),
    rule('working-with', '{ORG:a}{LOOSE:30}(?<with>{T:with}) {D}{ORG:b}', t),
    rule('collaborates', '{ORG:a}{LOOSE:30}(?<with>{T:collab}) (?:depuis {DATE} |since {DATE} |(?:en|in) {DATE} )?(?:avec|with) {D}{ORG:b}', t),
    // "En collaboration avec Mitacs, Groupe Alto lancera …"
    rule('with-first', '^(?<with>{T:with}) {D}{ORG:b}{GAP:40}, {D}{ORG:a}', t),
    rule('kind-with', '(?<={ORG:a}{LOOSE:80})(?<kind>partenariat|partnership|alliance) (?:avec|with) {LOOSE:25}{ORG:b}', t),
  ];
});

export function extractPartnership(ctx: Context, earlier: readonly Fact[]): Fact[] {
  const events = earlier.filter((f) => f.type === 'event');
  return runRules(ctx, 'partnership', rules(), (h) => {
    const a = h.slots.a?.entity ?? (h.rule === 'context-signs-with' ? (previousSubject(ctx, h.masked.index, ['ORG'], 2) ?? mainOrg(ctx))?.entity : undefined);
    const b = h.slots.b?.entity;
    if (!a || !b || a === b || (h.slots.a && h.slots.a.kind !== h.slots.b!.kind)) return null;
    // With no party before the verb, the sentence must name no other organization that could be it.
    if (h.rule === 'context-signs-with' && h.masked.slots.some((x) => x.kind === 'ORG' && x.entity && x.entity !== b && x.start < h.slots.b!.start)) return null;
    const kind = h.texts.kind ?? kindOfWith(h.texts.with);
    const later = signingSentence(ctx, h.masked.index, kind);
    const event = eventOf(ctx, h, events, [a, b]);
    const date = pastDate(ctx, h.masked) ?? (later !== undefined ? pastDate(ctx, ctx.masked[later]!) : undefined) ?? (event?.date as string | undefined) ?? ctx.a.doc.published ?? undefined;
    const place = signingPlace(ctx, h.masked.index, later) ?? (event?.place as string | undefined);
    return { parties: [a, b], kind, date, place };
  });
}

/** The event a signing happened at: one the sentence (or, for "y ont signé", the one before) names besides the parties. */
function eventOf(ctx: Context, h: Hit, events: readonly Fact[], parties: string[]): Fact | undefined {
  const there = hasTrigger(loadTriggers('partnership'), 'there', h.masked.text) ? ctx.masked[h.masked.index - 1] : undefined;
  const slots = [...h.masked.slots, ...(there?.slots ?? [])];
  const ids = slots.filter((s) => s.kind === 'EVENT' && s.entity && !parties.includes(s.entity)).map((s) => s.entity);
  return events.find((e) => ids.includes(e.event as string));
}

/** The agreement's kind from a "with" phrase: "en collaboration avec" → collaboration, "s'associe à" → association. */
function kindOfWith(phrase: string | undefined): string | undefined {
  if (!phrase) return undefined;
  const f = phrase.toLowerCase();
  if (/^(?:en|in)\s/.test(f)) return f.replace(/^(?:en|in)\s+(\S+).*$/u, '$1');
  if (/associ/.test(f)) return 'association';
  if (/collabor/.test(f)) return 'collaboration';
  if (/alli/.test(f)) return 'alliance';
  if (/partner/.test(f)) return 'partnership';
  return /[àâäéèêëîïôöùûüç]|fait|font|unit|unissent/.test(f) ? 'partenariat' : 'partnership';
}
