import type { ArticleBuilder } from './builder.js';
import type { Random } from './random.js';
import * as V from './vocabulary.js';
import type { Thing, World } from './world.js';

export interface Ctx {
  b: ArticleBuilder;
  w: World;
  r: Random;
  year: number;
  month: number;
}

/** An organization, sometimes named by its acronym or legal name, as news does. */
function org(c: Ctx): Thing {
  return c.r.chance(0.5) ? c.r.skewed(c.w.networks) : c.r.skewed(c.w.companies);
}

function say(c: Ctx, t: Thing, full = true): string {
  const surface = !full && t.variant && (t.type !== 'PER' || c.r.chance(0.5)) ? t.variant : t.name;
  return c.b.mention(t, surface);
}

function amount(c: Ctx): { value: number; text: string } {
  if (c.r.chance(0.5)) {
    const k = c.r.int(1, 95) * 10_000;
    return { value: k, text: `${k.toLocaleString('fr-CA').replace(/\s/g, ' ')} $` };
  }
  const m = c.r.int(1, 40) / 2;
  return { value: m * 1_000_000, text: `${String(m).replace('.', ',')} million${m >= 2 ? 's' : ''} de dollars` };
}

/** Main stories: each writes its sentences and facts and returns a title. */
export const STORIES: ((c: Ctx) => string)[] = [
  (c) => {
    const [to, from, prog, a] = [org(c), c.r.pick(c.w.funders), c.r.pick(c.w.programs), amount(c)];
    const fields: Record<string, unknown> = {};
    if (from.name.startsWith('ministère')) c.b.add('Le ');
    fields.funder = say(c, from);
    c.b.add(` accorde ${a.text} à `);
    fields.recipient = say(c, to, c.r.chance(0.6));
    c.b.add(' dans le cadre du ');
    fields.program = say(c, prog);
    c.b.fact('funding', { ...fields, amount: a.value, currency: 'CAD', date: `${c.year}-${String(c.month).padStart(2, '0')}` });
    c.b.add('.').end().add(`La somme servira à ${c.r.pick(V.PURPOSES)}.`).end(true);
    quote(c, to);
    return `${a.text} pour ${to.name}`;
  },
  (c) => {
    const [o, p] = [org(c), c.r.skewed(c.w.people)];
    const title = c.r.pick(V.TITLES);
    const person = say(c, p, false);
    c.b.add(` devient ${title} de `);
    const at = say(c, o);
    c.b.fact('role', { person, org: at, title, status: 'current' });
    c.b.add('.').end().add(`La nomination prend effet le 1er ${V.MONTHS[c.month % 12]}.`).end(true);
    return `${p.name} à la tête de ${o.name}`;
  },
  (c) => {
    const [a, b] = [org(c), org(c)];
    if (a === b) return STORIES[0]!(c);
    const x = say(c, a);
    c.b.add(' et ');
    const y = say(c, b, false);
    c.b.fact('partnership', { parties: [x, y], kind: 'entente de partenariat' });
    c.b.add(' signent une entente de partenariat pour mettre en commun leurs expertises.').end(true);
    return `Entente entre ${a.name} et ${b.name}`;
  },
  (c) => {
    const [o, dest] = [c.r.skewed(c.w.networks), c.r.pick(c.w.abroad)];
    const n = c.r.int(5, 25);
    const organizer = say(c, o, false);
    c.b.add(' organise une mission commerciale à ');
    const d = say(c, dest);
    c.b.add(` en ${V.MONTHS[c.month - 1]} ${c.year}.`).end().add(`Au total, ${n} entreprises feront le voyage, dont `);
    const p = say(c, c.r.skewed(c.w.companies));
    c.b.fact('mission', { organizer, destinations: [d], participants: [p], start: `${c.year}-${String(c.month).padStart(2, '0')}`, size: n });
    c.b.add('.').end(true);
    return `Mission à ${dest.name}`;
  },
];

/** A paragraph of context sentences. */
/** Filler sentences already used in an article: a paragraph written twice would be dropped by ingest as a repeat. */
const usedFiller = new WeakMap<object, Set<string>>();

export function filler(c: Ctx): void {
  const used = usedFiller.get(c.b) ?? usedFiller.set(c.b, new Set()).get(c.b)!;
  const n = c.r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const fresh = V.FILLER.filter((f) => !used.has(f));
    const sentence = c.r.pick(fresh.length ? fresh : V.FILLER);
    used.add(sentence);
    c.b.add(sentence).end(i === n - 1);
  }
}

/** Secondary paragraphs: an office, members and a founding date. */
export const EXTRAS: ((c: Ctx, subject: Thing) => void)[] = [
  (c, s) => {
    const o = say(c, s, false);
    c.b.add(' ouvrira aussi un bureau à ');
    c.b.fact('office', { org: o, place: say(c, c.r.pick(c.w.cities)) });
    c.b.add(' cette année.').end(true);
  },
  (c, s) => {
    const n = c.r.int(20, 900);
    c.b.add('Fondé en ');
    const year = c.r.int(1985, c.year - 1);
    c.b.add(`${year}, `);
    const o = say(c, s, false);
    c.b.add(` compte aujourd'hui ${n} membres.`);
    c.b.fact('founded', { org: o, date: String(year) });
    c.b.fact('members', { org: o, count: n, kind: 'total' });
    c.b.end(true);
  },
];

function quote(c: Ctx, o: Thing): void {
  const p = c.r.skewed(c.w.people);
  const title = c.r.pick(V.TITLES);
  c.b.add('« Cet appui change la donne pour notre équipe », affirme ');
  const person = say(c, p, false);
  c.b.add(`, ${title} de `);
  const at = say(c, o, false);
  c.b.fact('role', { person, org: at, title, status: 'current' });
  c.b.add('.').end(true);
}
