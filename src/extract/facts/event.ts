import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import { MARKER, type Masked } from '../masked.js';
import { foldText } from '../fold-map.js';
import type { Fact } from '../model.js';
import { hits, rule } from '../pattern.js';
import { subjectSlot } from '../subjects.js';
import { hasTrigger, loadTriggers } from '../triggers.js';
import { withEnd } from './date-range.js';
import { placeOfName } from './place-of-name.js';

/**
 * event: an occurrence of a named event, read from the sentences that name it (or refer to it:
 * "l'événement", "the conference"): dates (ranges too), place, attendance, organizer.
 * "La 4e édition du Forum Données Nord a réuni 900 participants les 3 et 4 mai au Centre
 * des foires de Lévis", "Expo Nordique (Oslo, 2014)", "Le réseau tiendra son colloque annuel,
 * Cap Numérique, le 9 juin à Joliette". Only an event with a date or an attendance
 * is a fact: a name alone says nothing happened.
 */
// Between an event and its place, attendance or organizer: anything but another event or a person.
const RAW = { gap: '(?:[^⟦⟧]|⟦(?!EVENT|PER)[A-Z]+#\\d+⟧){0,90}?' };

const rules = lazy(() => {
  const t = loadTriggers('event');
  const r = (name: string, pattern: string) => rule(name, pattern, t, RAW);
  return [
    r('paren', '{EVENT:event} \\( {LOC:place}, (?<year>(?:19|20)\\d\\d)\\)'),
    r('place-after', '{EVENT:event}{R:gap}(?:a|au|aux|in|at|to) {LOC:place}'),
    r('place-of', "{EVENT:event} (?:de|d'|of) {LOC:place}"),
    r('place-before', '(?:a|au|in|at|to) {LOC:place}{LOOSE:40}{EVENT:event}'),
    r('place-first', '^(?:a|in|at) {LOC:place}, {LOOSE:100}{EVENT:event}'),
    r('venue', "{EVENT:event}{R:gap}(?:au|a la|a l'|at the|at) {ORG:venue}"),
    r('attendance', '{EVENT:event}{R:gap}{COUNT:count}'),
    r('attendance-before', '{COUNT:count}{LOOSE:30}{EVENT:event}'),
    // "Quelque 900 entrepreneurs, élus et chercheurs ont pris part mardi au Rendez-vous X"
    r('attendance-verb', '{COUNT:count}{LOOSE:60}{T:attend} {LOOSE:30}{EVENT:event}'),
    // "180 developers packed the campus of the university last weekend for HackQC"
    r('attendance-for', '{COUNT:count}{LOOSE:60}{T:attend} {SKIP:100}(?:for|pour) (?:the |le |la |l\')?{EVENT:event}'),
    r('organizer', '{EVENT:event}{R:gap}{T:by} {ORG:org}'),
    r('holds', '{ORG:org} {GAP:20}{T:holds} {LOOSE:40}{EVENT:event}'),
    r('gathering-of', "{T:gathering} {GAP:15}(?:du|de la|de l'|d'|of) {ORG:org}(?: [a-z]+)?, (?:le |la |l'|the )?{EVENT:event}"),
  ];
});

type Fields = { date?: string; end?: string; place?: string; attendance?: number; organizer?: string };
interface Entry { fields: Fields; si: number; rules: string[] }

export function extractEvent(ctx: Context): Fact[] {
  const found = collect(ctx);
  const out: Fact[] = [];
  for (const e of ctx.a.entities.filter((x) => x.type === 'EVENT')) {
    const entry = found.get(e.id);
    if (!entry || (entry.fields.date === undefined && entry.fields.attendance === undefined)) continue;
    const place = placeOfName(ctx, e.id) ?? entry.fields.place;
    const organizer = entry.fields.organizer ?? holderOf(ctx, e.id);
    out.push(makeFact('event', { event: e.id, ...entry.fields, place, organizer }, evidence(ctx, entry.si, `event.${entry.rules[0] ?? 'date'}`)));
  }
  for (const x of previousEditions(ctx)) {
    if (out.some((f) => f.event === x.event && f.date === x.date)) continue;
    out.push(makeFact('event', { event: x.event, date: x.date, place: x.place, attendance: x.attendance }, evidence(ctx, x.si, 'event.previous-edition')));
  }
  for (const m of ctx.masked) {
    for (const x of editionsIn(m)) {
      if (out.some((f) => f.event === x.event && f.date === x.date)) continue;
      const fields = { event: x.event, date: x.date, place: x.place, attendance: x.attendance };
      out.push(makeFact('event', fields, evidence(ctx, m.index, 'event.edition')));
    }
  }
  return out;
}

/**
 * "L'édition 2011 du Forum, présentée à Alma, avait attiré 420 participants", "the 2019 edition of
 * the Summit drew 600 people": an edition with its own year, place and attendance.
 */
const EDITION = /(?:edition (?:de )?(?:⟦DATE#(?<d1>\d+)⟧|(?<y1>(?:19|20)\d\d)) (?:du|de la|de l'|des|d'|of the|of) ?⟦EVENT#(?<e1>\d+)⟧|(?:⟦DATE#(?<d2>\d+)⟧|(?<y2>(?:19|20)\d\d)) edition (?:of the |of |du |de la |de l')?⟦EVENT#(?<e2>\d+)⟧|⟦COUNT#(?<c3>\d+)⟧ (?:of the |of )?⟦EVENT#(?<e3>\d+)⟧)/g;
function editionsIn(m: Masked): { event: string; date: string; place?: string; attendance?: number }[] {
  const out: { event: string; date: string; place?: string; attendance?: number }[] = [];
  if (!m.slots.some((s) => s.kind === 'EVENT')) return out;
  const attendee = new Set(loadTriggers('event').get('attendee'));
  for (const hit of m.text.matchAll(EDITION)) {
    const g = hit.groups!;
    const slotDate = g.d1 ?? g.d2 ? m.slots[Number(g.d1 ?? g.d2)]?.date : undefined;
    // "the 2019 edition" reads as a count of editions: a year all the same.
    const asCount = g.c3 ? m.slots[Number(g.c3)]?.count : undefined;
    const countYear = asCount && /^[eé]ditions?$/i.test(asCount.noun ?? '') && asCount.value >= 1900 && asCount.value <= 2100 ? String(asCount.value) : undefined;
    if (g.c3 && !countYear) continue;
    const year = slotDate && !slotDate.end_iso ? slotDate.iso.slice(0, 4) : g.y1 ?? g.y2 ?? countYear;
    const event = m.slots[Number(g.e1 ?? g.e2 ?? g.e3)]?.entity;
    if (!year || !event) continue;
    const rest = m.text.slice(hit.index! + hit[0].length);
    const place = /(?:^|\s)(?:a|au|in|at) ⟦LOC#(\d+)⟧/.exec(rest.slice(0, 60));
    out.push({ event, date: year, place: place ? m.slots[Number(place[1])]?.entity : undefined, attendance: attendanceIn(m, rest, attendee) });
  }
  for (const hit of m.text.matchAll(FIRST)) {
    // "The first HackQC, held in Lévis in March 2013, drew 45 people": the first edition, dated in the sentence.
    const event = m.slots[Number(hit[1])]?.entity;
    const rest = m.text.slice(hit.index! + hit[0].length);
    const date = /⟦DATE#(\d+)⟧/.exec(rest.slice(0, 90));
    const iso = date ? m.slots[Number(date[1])]?.date : undefined;
    if (!event || !iso || iso.end_iso || out.some((x) => x.event === event)) continue;
    const place = /(?:^|\s)(?:a|au|in|at) ⟦LOC#(\d+)⟧/.exec(rest.slice(0, 80));
    out.push({ event, date: iso.iso, place: place ? m.slots[Number(place[1])]?.entity : undefined, attendance: attendanceIn(m, rest, attendee) });
  }
  return out;
}

/**
 * "La précédente édition, présentée à Sept-Îles en 2012, avait attiré 220 participants", "Last
 * year's edition drew about 600 people to Gatineau": an earlier edition of the event the sentences
 * before name, dated by the year it gives (or the year before the article's).
 */
const PREVIOUS = /(?:^|\s)(?:la precedente edition|l'edition precedente|la derniere edition|l'edition de l'an dernier|l'edition de l'annee derniere|the previous edition|the last edition|⟦DATE#(\d+)⟧'s edition)(?![a-z])/;
function previousEditions(ctx: Context): { event: string; date: string; place?: string; attendance?: number; si: number }[] {
  const out: { event: string; date: string; place?: string; attendance?: number; si: number }[] = [];
  const attendee = new Set(loadTriggers('event').get('attendee'));
  for (const m of ctx.masked) {
    const hit = PREVIOUS.exec(m.text);
    if (!hit) continue;
    let event: string | undefined;
    for (let i = m.index - 1; i >= Math.max(0, m.index - 2) && !event; i--) event = ctx.masked[i]!.slots.filter((s) => s.kind === 'EVENT' && s.entity).at(-1)?.entity;
    if (!event) continue;
    const rest = m.text.slice(hit.index + hit[0].length);
    // "Last year's edition": the year is the date before "'s".
    const own = hit[1] !== undefined ? m.slots[Number(hit[1])]?.date : undefined;
    const dated = own ?? [...rest.matchAll(/⟦DATE#(\d+)⟧/g)].map((d) => m.slots[Number(d[1])]?.date).find((d) => d && !d.end_iso);
    const published = ctx.a.doc.published?.slice(0, 4);
    const lastYear = /an dernier|annee derniere/.test(hit[0]) && published ? String(Number(published) - 1) : undefined;
    const date = dated?.iso.slice(0, 4) ?? lastYear;
    if (!date) continue;
    const place = /(?:^|\s)(?:a|au|in|to|at) ⟦LOC#(\d+)⟧/.exec(rest);
    out.push({ event, date, place: place ? m.slots[Number(place[1])]?.entity : undefined, attendance: attendanceIn(m, rest, attendee), si: m.index });
  }
  return out;
}

/** The first count of people attending in a stretch of masked text ("avait attiré 420 participants"). */
function attendanceIn(m: Masked, text: string, attendee: ReadonlySet<string>): number | undefined {
  for (const c of text.matchAll(/⟦COUNT#(\d+)⟧/g)) {
    const count = m.slots[Number(c[1])]?.count;
    if (count && attendee.has(foldText(count.noun ?? ''))) return count.value;
  }
  return undefined;
}

/** "la première édition du X", "le premier X", "the first X", "the inaugural X". */
const FIRST = /(?:^|\s)(?:the (?:first|inaugural)(?: edition of(?: the)?)?|la premiere edition (?:du|de la|de l'|des|d')|(?:le premier|la premiere)) ?⟦EVENT#(\d+)⟧/g;

/** What the sentences naming each event say of it; the first sentence to say a thing wins. */
function collect(ctx: Context): Map<string, Entry> {
  const attendee = new Set(loadTriggers('event').get('attendee'));
  const found = new Map<string, Entry>();
  const entry = (id: string, si: number) => found.get(id) ?? found.set(id, { fields: {}, si, rules: [] }).get(id)!;
  for (const m of ctx.masked) {
    // A past or future edition ("L'édition 2011 du Forum avait attiré 420 participants") is its own fact.
    const editions = new Set(editionsIn(m).map((x) => x.event));
    for (const hit of m.text.matchAll(MARKER)) {
      const slot = m.slots[Number(hit[2])]!;
      if (slot.kind !== 'EVENT' || !slot.entity || editions.has(slot.entity)) continue;
      const f = entry(slot.entity, m.index).fields;
      if (f.date === undefined) Object.assign(f, nearestDate(m, hit.index!));
    }
    for (const r of rules()) {
      for (const h of hits(r, m, ctx.text)) {
        if (!h.slots.event?.entity || editions.has(h.slots.event.entity)) continue;
        const e = entry(h.slots.event.entity, m.index);
        const f = e.fields;
        f.date ??= h.texts.year;
        f.place ??= h.slots.place?.entity ?? (h.slots.venue ? placeOfName(ctx, h.slots.venue.entity) : undefined);
        const c = h.slots.count?.count;
        if (c && (attendee.has(foldText(c.noun ?? '')) || h.rule.startsWith('attendance-'))) f.attendance ??= c.value;
        f.organizer ??= h.slots.org?.entity;
        e.rules.push(r.name);
      }
    }
  }
  return found;
}

const FOUNDED_BEFORE = /(?:fonde|fondee|cree|creee|mise? sur pied|founded|established|created|incorporated|set up)(?: (?:en|in|le|on))? $/;

/**
 * The date nearest an event's name in its sentence, before or after, not past another event:
 * "organisera du 14 au 16 novembre la 6e édition du Colloque, qui avait attiré 450 participants
 * l'an dernier" is in November, not last year.
 */
function nearestDate(m: Masked, at: number): { date?: string; end?: string } {
  let best: { d: number; date: string; end?: string } | undefined;
  const marks = [...m.text.matchAll(MARKER)];
  for (const hit of marks) {
    const slot = m.slots[Number(hit[2])]!;
    if (slot.kind !== 'DATE' || !slot.date) continue;
    // "organized by X, a non-profit founded in 2012": the organizer's date, not the event's.
    if (FOUNDED_BEFORE.test(m.text.slice(Math.max(0, hit.index! - 25), hit.index!))) continue;
    const [from, to] = hit.index! < at ? [hit.index!, at] : [at, hit.index!];
    if (to - from > 110 || marks.some((x) => x.index! > from && x.index! < to && x[1] === 'EVENT')) continue;
    const range = withEnd(slot.date, m.text.slice(hit.index! + hit[0].length, hit.index! + hit[0].length + 8));
    // "mardi et mercredi", "Monday and Tuesday": two dates a few days apart are the event's first and last days.
    const pair = /⟦DATE#(\d+)⟧ (?:et|and|au|to|-) $/.exec(m.text.slice(Math.max(0, hit.index! - 16), hit.index!));
    const first = pair ? m.slots[Number(pair[1])]?.date : undefined;
    if (first && first.precision === 'day' && slot.date.precision === 'day' && !first.end_iso && first.iso < slot.date.iso && Date.parse(slot.date.iso) - Date.parse(first.iso) <= 6 * 86_400_000) {
      range.end = slot.date.iso;
      range.start = first.iso;
    }
    if (!best || to - from < best.d) best = { d: to - from, date: range.start, end: range.end };
  }
  return best ? { date: best.date, end: best.end } : {};
}

/** "La grappe organise …, l'événement": the subject of a sentence naming the event with a verb of holding. */
function holderOf(ctx: Context, id: string): string | undefined {
  const holds = loadTriggers('event');
  for (const m of ctx.masked) {
    if (!m.slots.some((s) => s.kind === 'EVENT' && s.entity === id) || !hasTrigger(holds, 'holds', m.text)) continue;
    const subject = subjectSlot(m, ['ORG']);
    if (subject?.entity) return subject.entity;
  }
  return undefined;
}
