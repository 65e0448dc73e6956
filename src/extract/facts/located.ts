import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact, runRules } from '../fact.js';
import { foldText } from '../fold-map.js';
import type { Fact } from '../model.js';
import { rule } from '../pattern.js';
import { isLocality } from '../places.js';
import { demonymPlaces } from './demonyms.js';
import { isGoverned, previousSubject } from '../subjects.js';
import { loadTriggers } from '../triggers.js';

/**
 * located: where an organization is based. "Vertex (Granby)" in a list, "Le Groupe Alto,
 * de Matane,", "a son siège social à Laval", "basé à Lévis", "Toronto-based Loop Labs",
 * "une firme de génie de Joliette", "a Laval company", "Fondée en 1994 à Lévis, Optimo".
 */
const rules = lazy(() => {
  const t = loadTriggers('located');
  const f = loadTriggers('founded');
  return [
    rule('parenthesis', '{ORG:org} \\( {LOC:place} (?:, [^)]*)?\\)', t),
    rule('parenthesis-pair', '{ORG:org2} (?:et|and) {ORG:org} \\( {LOC:place} (?:, [^)]*)?\\)', t),
    rule('de-city', "{ORG:org}, (?:de|d'|from) {LOC:place} (?=[,.;)]|$)", t),
    rule('seat', '{ORG:org}{LOOSE:50}{T:seat} {LOOSE:30}(?:a|au|en|in|dans|de) {LOOSE:25}{LOC:place}', t),
    // "Son siège est à Laval", "Ses 85 employés travaillent tous au siège social de Montréal"
    rule('seat-possessive', '^(?:son|sa|ses|its|their) (?:{LOOSE:50} )?{T:seat} {LOOSE:40}{LOC:place}', t),
    // "Le siège social de la CNLL sera situé à Saint-Jérôme"
    rule('seat-of', "{T:seat} (?:de|du|d'|des|of) {DESC}{ORG:org}{LOOSE:30}(?:a|au|en|in|dans) {LOOSE:25}{LOC:place}", t),
    rule('based', '{ORG:org}{LOOSE:60}{T:based} (?:a|au|en|in|dans|out of) {LOOSE:25}{LOC:place}', t),
    rule('based-first', '^{LOOSE:50}{T:based} (?:a|au|en|in) {LOC:place}{ANY:80}, {DESC}{ORG:org}', t),
    rule('place-based', '{LOC:place}-based {ORG:org}', t),
    rule('kind-of-place', "{ORG:org}, (?:(?:un|une|a|an) )?(?:[a-z-]+ ){0,2}{T:kind}{NP:40} (?:de|d'|from|in|based in) {LOC:place}(?! ?-)", t),
    rule('place-kind', '{ORG:org}, (?:un|une|a|an|the) {LOC:place}(?:-based)? (?:[a-z-]+ ){0,3}{T:kind}', t),
    // "X, a Montreal developer of …": a job-title word ("developer") names a kind of firm here
    rule('place-title-kind', '{ORG:org}, (?:un|une|a|an|the) {LOC:place}(?:-based)? (?:[a-z-]+ ){0,3}{TITLE}', t),
    rule('place-kind-before', '{LOC:place} (?:[a-z-]+ ){0,3}{T:kind} {ORG:org}', t),
    rule('founded-first', "^[^⟦⟧]{0,12}?{T:founded} (?:en|in) {DATE} (?:a|in|dans) (?:(?:an?|un|une|le|la|the) )?(?:[a-z-]+ )?{LOC:place}{ANY:80}, {DESC}{ORG:org}", f),
    // "Pixelgrange, a studio … founded in Magog in 2008"
    rule('founded-in-place', '{ORG:org},? {LOOSE:80}{T:founded} (?:a|au|en|in) {LOC:place}', f),
    // a list item "- Tessella Robotique inc., Laval : 850 000 $"
    // … or "- Vitrine Beauce, un organisme rattaché au cégep, à Saint-Georges : 200 000 $"
    rule('item-place', '^[-•*–]? ?{ORG:org}(?:, (?:[^,:;⟦⟧]|⟦ORG#\\d+⟧){3,80})?, (?:a |in |at )?{LOC:place} ?(?::|–|-|\\()', t),
    rule('founded-after', '{ORG:org},? {LOOSE:30}(?:{T:founded}|{T:born}) (?:en|in) {DATE} (?:a|in) {LOC:place}', f),
    rule('staff', '{ORG:org}{LOOSE:40}(?:compte|emploie|employs|has) {LOOSE:30}{COUNT:staff}{LOOSE:15}(?:a|au|in|en|dans) {LOOSE:40}{LOC:place}', t),
    // "drew 900 participants to Acadia University in Wolfville": a venue and its town
    rule('venue-in', '(?:to|at|au|a) {ORG:org} (?:in|a) {LOC:place}', t),
  ];
});

export function extractLocated(ctx: Context): Fact[] {
  const staff = new Set(loadTriggers('located').get('staff'));
  const out = runRules(ctx, 'located', rules(), (h) => {
    const org = h.slots.org ?? (h.rule === 'seat-possessive' ? previousSubject(ctx, h.masked.index) : undefined);
    const place = h.slots.place;
    if (!org?.entity || !place?.entity) return null;
    if (h.rule === 'staff' && (!staff.has(foldText(h.slots.staff!.count?.noun ?? '')) || !isLocality(place.text) || isGoverned(h.masked, org))) return null;
    if (/place-kind|venue-in/.test(h.rule) && !isLocality(place.text)) return null;
    const second = h.slots.org2?.entity;
    return second ? { org: org.entity, place: place.entity, also: second } : { org: org.entity, place: place.entity };
  });
  return [...out.flatMap(splitPair), ...namedAfterPlace(ctx), ...demonymPlaces(ctx)];
}

/** "Alto et Vertex (Granby)": both firms are there. */
function splitPair(f: Fact): Fact[] {
  const { also, ...one } = f;
  return also ? [one as Fact, { ...one, org: also } as Fact] : [one as Fact];
}

/** "Ontario Trade Office in Dallas", "bureau de l'Ontario à Munich": the name says where. */
function namedAfterPlace(ctx: Context): Fact[] {
  const out: Fact[] = [];
  const places = ctx.a.entities.filter((e) => e.type === 'LOC');
  const branch = loadTriggers('located').get('branch') ?? [];
  for (const e of ctx.a.entities) {
    if (e.type !== 'ORG') continue;
    const tail = /\s(?:à|a|in|at)\s+(.+)$/u.exec(e.name)?.[1];
    if (!tail || !branch.some((b) => new RegExp(`(?<![a-z])${b}(?![a-z])`).test(foldText(e.name)))) continue;
    const place = places.find((p) => [p.name, ...p.aliases].some((n) => foldText(n) === foldText(tail)));
    const first = e.mentions[0];
    if (place && first) out.push(makeFact('located', { org: e.id, place: place.id }, evidence(ctx, first.sentence, 'located.named-after-place')));
  }
  return out;
}
