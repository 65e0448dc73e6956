import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import type { Fact } from '../model.js';
import { lexKey, lexicons } from '../../nlp/lexicons.js';
import { hits, rule } from '../pattern.js';
import { hasTrigger } from '../triggers.js';
import { pronounAntecedent } from '../subjects.js';
import { RAW, roleTriggers, statusOf, titlePhrase, titleText } from './role-parts.js';

/**
 * Roles that span more than a phrase: a contact block ("Anne Roy" on one line,
 * "Conseillère aux communications, Groupe Alto" on the next), and a succession
 * ("Elle succède à Paul Caron": Caron held the post she takes).
 */
const rules = lazy(() => {
  const t = roleTriggers();
  return {
    nextLineTitle: rule('contact-next-line', `^${titlePhrase()}, {ORG:org}`, t, RAW),
    contact: rule('contact', '^{T:contact}[^⟦⟧:]{0,30}: ?{PER:per}, (?<title>[^⟦⟧,]{3,40}), {ORG:org}', t, RAW),
    succeeds: rule('succession', '(?:{PER:per}|^(?:elle|il|she|he)) {GAP:20}{T:succeeds} {PER:prev}', t, RAW),
    pair: rule('title-pair', "(?:le|la|du|au|l'|the) {TITLE:t1} (?:de|du|d'|of) {ORG|LOC:o1} (?:et|and) {TITLE:t2} (?:de|du|d'|of) {ORG|LOC:o2}(?!,? ⟦PER)", t, RAW),
    starting: rule('starting', '(?:{PER:per}|^(?:elle|il|she|he)) {GAP:20}{T:starting}', t, RAW),
    leaving: rule('leaving', '(?:{PER:per}|^(?:elle|il|she|he)) {GAP:20}(?:{T:left-outgoing}|{T:post-outgoing})', t, RAW),
  };
});

export function contactLines(ctx: Context): Fact[] {
  const out: Fact[] = [];
  const { nextLineTitle, contact } = rules();
  ctx.lines.forEach((line, li) => {
    const first = ctx.masked[line.sentences[0]!]!;
    for (const h of hits(contact, first, ctx.text)) {
      out.push(makeFact('role', { person: h.slots.per!.entity, org: h.slots.org!.entity, title: h.texts.title, status: 'current' }, evidence(ctx, first.index, 'role.contact')));
    }
    const next = ctx.lines[li + 1];
    if (line.sentences.length !== 1 || !/^⟦PER#0⟧\.?$/.test(first.text) || !next) return;
    const following = ctx.masked[next.sentences[0]!]!;
    for (const h of hits(nextLineTitle, following, ctx.text)) {
      const per = first.slots[0]!.entity;
      out.push(makeFact('role', { person: per, org: h.slots.org!.entity, title: titleText(h), status: statusOf(h) }, evidence(ctx, following.index, 'role.contact-next-line')));
    }
  });
  return out;
}

/** The predecessor gets the successor's post, as former holder. */
export function successions(ctx: Context, roles: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    for (const h of hits(rules().succeeds, m, ctx.text)) {
      const per = h.slots.per ?? pronounAntecedent(ctx, m.index);
      const prev = h.slots.prev?.entity;
      if (!per?.entity || !prev) continue;
      const theirs = roles.filter((r) => r.person === per.entity && r.status !== 'former');
      const post = theirs.find((r) => r.status === 'incoming') ?? (theirs.length === 1 ? theirs[0] : undefined);
      if (!post) continue;
      // "Elle remplace Paul Caron, qui prendra sa retraite en juin": still there, leaving.
      const leaving = hasTrigger(roleTriggers(), 'left-outgoing', m.text.slice(h.end));
      out.push(makeFact('role', { person: prev, org: post.org, title: post.title, status: leaving ? 'outgoing' : 'former' }, evidence(ctx, m.index, 'role.succession')));
    }
  }
  return out;
}

/**
 * "Elle quittera ses fonctions en juin", "X prendra sa retraite": the one post the person holds
 * (as the text says elsewhere) is being left. Changes the statuses in place.
 */
export function markLeaving(ctx: Context, roles: Fact[]): void {
  mark(ctx, roles, 'leaving', (r) => r.status === 'current', 'outgoing');
  // "X a été nommée directrice … Elle entrera en fonction le 1er octobre": not yet in post.
  mark(ctx, roles, 'starting', (r) => r.status === 'current' && APPOINTED.test(r.evidence.rule), 'incoming');
}

const APPOINTED = /role\.(org-elects-name|name-verb-title-org|name-post-org)$/;

function mark(ctx: Context, roles: Fact[], cue: 'leaving' | 'starting', which: (r: Fact) => boolean, status: string): void {
  for (const m of ctx.masked) {
    for (const h of hits(rules()[cue], m, ctx.text)) {
      const per = h.slots.per ?? pronounAntecedent(ctx, m.index);
      const held = roles.filter((r) => r.person === per?.entity && which(r));
      if (held.length === 1) held[0]!.status = status;
    }
  }
}

/**
 * "la décision du maire de Gaspé et président de la Régie X", no name: whoever the
 * text names as "maire de Gaspé" also holds the second post.
 */
export function titleHolders(ctx: Context, roles: readonly Fact[]): Fact[] {
  const { titles } = lexicons();
  const code = (title: unknown) => (typeof title === 'string' ? titles.get(lexKey(title)) : undefined);
  const out: Fact[] = [];
  for (const m of ctx.masked) {
    for (const h of hits(rules().pair, m, ctx.text)) {
      const [t1, o1, t2, o2] = [h.slots.t1!, h.slots.o1!, h.slots.t2!, h.slots.o2!];
      for (const [known, kt, other, ot] of [[o1, t1, o2, t2], [o2, t2, o1, o1 === o2 ? t2 : t1]] as const) {
        const holder = roles.find((r) => r.org === known.entity && code(r.title) === kt.title?.code);
        if (!holder || (other.kind === 'LOC' && ot.title?.code !== kt.title?.code)) continue;
        const title = /^[\p{Lu}.-]+$/u.test(ot.text) ? ot.text : ot.text.toLowerCase();
        out.push(makeFact('role', { person: holder.person, org: other.entity, title, status: 'current' }, evidence(ctx, m.index, 'role.title-holder')));
      }
    }
  }
  return out;
}
