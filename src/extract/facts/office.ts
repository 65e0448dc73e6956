import type { Context } from '../context.js';
import { lazy, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { MARKER, type Masked } from '../masked.js';
import { rule } from '../pattern.js';
import { isGoverned, mainOrg, previousSubject, subjectSlot } from '../subjects.js';
import { loadTriggers } from '../triggers.js';

/**
 * office: an organization opens or establishes an office somewhere. "ouvrira un bureau à Boston
 * en janvier 2024", "to open an office in Calgary later this year", "l'ouverture d'un bureau de
 * Vertex en 2025 à Bordeaux", "deviendront le premier bureau de Studio X à Gatineau",
 * "dirigera le nouveau bureau régional à Joliette".
 */
/** An office noun phrase after the verb: "un bureau", "un second bureau", "its first sales office". */
const OFFICE_HEAD = '(?:bureau|bureaux|antenne|succursale|point de service|place d\'affaires|office|offices|branch|location|hub)';
const OFFICE_NOUN = `(?:un|une|son|sa|ses|des|a|an|its|their|new|nouveau|nouvelle|premier|premiere|second|seconde|deuxieme|troisieme) (?:[a-z-]+ ){0,2}${OFFICE_HEAD}(?: [a-z-]+){0,2}`;

/** Words of time between the verb and the office: "ouvrira en juin", "d'ici la fin de l'année", "this fall". */
const WHEN_FILLER = "(?:(?:{DATE}|pour sa part|aussi|egalement|bientot|also|soon|this [a-z]+|next [a-z]+|cet [a-z]+|ce [a-z]+|en [a-z]+|d'ici (?:la |le )?[a-z]+(?: (?:de l'annee|de l'an|prochaine?|de [a-z]+))?) )*";

const rules = lazy(() => {
  const t = loadTriggers('office');
  return [
    rule('opens', '(?<={ORG:org}{ANY:150}){T:open} {LOOSE:30}(?:a|au|aux|en|in|dans|to) {LOOSE:12}{LOC:place}', t),
    rule('office-of', '{T:office-of} {ORG:org}{LOOSE:30}(?:a|au|aux|en|in) {LOC:place}', t),
    // "ouvrira en juin un bureau à Québec", "ouvrira pour sa part un bureau à Fermont", "vient d'ouvrir un second bureau à Granby"
    rule('opens-flex', `(?<={ORG:org}{ANY:150}){T:open-verb} ${WHEN_FILLER}${OFFICE_NOUN} (?:a|au|aux|en|in|dans) {LOOSE:20}{LOC:place}`, t),
    // "Une partie de la somme servira à ouvrir un bureau à Sherbrooke": no organization named, the article's
    rule('opens-unnamed', `{T:open-verb} ${WHEN_FILLER}${OFFICE_NOUN} (?:a|au|aux|en|in|dans) {LOOSE:20}{LOC:place}`, t),
    // "confirmer l'ouverture d'un bureau à Guadalajara": the sentence's subject opens it
    rule('opening-of', `{T:opening} (?:d'un|d'une|de son|de sa|de ses|of an?|of its) (?:[a-z-]+ ){0,2}${OFFICE_HEAD}(?: [a-z-]+){0,2} (?:a|au|aux|en|in|dans) {LOC:place}`, t),
    // "la directrice du bureau de Gatineau de Studio X"
    rule('office-named', "\\bbureau (?:de|d') {LOC:place} (?:de|du|d') {ORG:org}", t),
    rule('arrival', '{T:arrival} {NP:20}{ORG:org} (?:a|au|aux|en|in) {LOC:place}', t),
    // "Les locaux de Brossard … deviendront une antenne d'Accélia dès le 1er septembre"
    rule('becomes-branch', `(?:locaux|bureaux|bureau|offices?|premises) (?:de|d'|du|in) {LOC:place}{LOOSE:50}(?:deviendront|deviendra|will become|become) (?:une?|the|a|an) (?:[a-z-]+ )?${OFFICE_HEAD} (?:de|d'|du|of) {ORG:org}`, t),
  ];
});

export function extractOffice(ctx: Context): Fact[] {
  return runRules(ctx, 'office', rules(), (h) => {
    // "X obtient 1 M$ de l'agence Y afin d'ouvrir un bureau à Gand": Y is a complement.
    const found = h.slots.org;
    if (h.rule === 'opens-unnamed' && h.masked.slots.some((x) => x.kind === 'ORG')) return null;
    const org = (h.rule === 'opens-unnamed' ? mainOrg(ctx) : h.rule === 'opening-of' ? subjectSlot(h.masked, ['ORG'], h.start) ?? previousSubject(ctx, h.masked.index, ['ORG'], 1)
      : found && /^opens/.test(h.rule) && isGoverned(h.masked, found) ? subjectSlot(h.masked, ['ORG'], h.start) ?? found : found)?.entity;
    const place = h.slots.place?.entity;
    if (!org || !place) return null;
    return { org, place, date: dateAfter(h.masked, h.start) ?? ctx.a.doc.published ?? undefined };
  });
}

/** The first date after the trigger ("ouvrira un bureau à Boston en janvier 2024"), not the dateline's. */
export function dateAfter(m: Masked, from: number): string | undefined {
  for (const hit of m.text.matchAll(MARKER)) {
    const slot = m.slots[Number(hit[2])]!;
    if (hit.index! >= from && slot.kind === 'DATE' && slot.date && !slot.date.end_iso) return slot.date.iso;
  }
  return undefined;
}
