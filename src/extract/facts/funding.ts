import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { hits, rule, type Hit } from '../pattern.js';
import type { Slot } from '../slots.js';
import { isGoverned, mainOrg, previousSubject, subjectSlot } from '../subjects.js';
import { hasTrigger, loadTriggers } from '../triggers.js';
import { fundingContext, isNotFunding, pastDate, purposeAfter, type FundingContext } from './funding-context.js';

/**
 * funding: money granted, invested or awarded to a recipient. "X obtient un prêt de 2,5 M$",
 * "L'agence accorde à X une contribution de 400 000 $", "La Ville lui accorde 50 000 $",
 * "a $1.5 million contribution goes to X", "X raises $4.2 million led by Y", and lists of
 * recipients each with an amount. Funder, program and date the article names once apply to all.
 * Not: a market size, a revenue, a project's cost, a program's envelope, a salary.
 */
const RAW = {
  // between an amount and its funder, no purpose: "un prêt de 2 M$ de la Banque X"
  near: '(?:(?!\\b(?:pour|afin|to|for|dans|sur)\\b)[^⟦⟧]|\\bsur (?:[a-z]+ ans\\b|⟦COUNT#\\d+⟧)|\\bover (?:[a-z]+|⟦COUNT#\\d+⟧) years\\b){0,25}?',
};
const FUNDER_AFTER = '(?:{R:near} {T?:by} {ORG:funder})?';
/** "The $5,000 prize, put up by X, went to Y": the giver in an apposition. */
const OFFERED_BY = "(?:{GAP:30}(?:put up|offered|provided|donated|sponsored|offert|offerte|remis|remise|commandite|commanditee) (?:by|par) {DESC}{ORG:giver}(?:[^⟦⟧]|⟦LOC#\\d+⟧){0,50}?)?";

const rules = lazy(() => {
  const t = loadTriggers('funding');
  return [
    rule('receive', `(?<={ORG:recipient}{LOOSE:120}){T:receive} {LOOSE:60}{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
    rule('grant-to', '{ORG:funder}{LOOSE:40}{T:grant} (?:a|au|aux|to) {ORG:recipient} {GAP:50}{MONEY:amount}', t, RAW),
    // "Ottawa investit 12 M$ dans le Labo X": a place standing for its government gives no funder id
    rule('grant', '{ORG|LOC:funder}{LOOSE:40}{T:grant} {GAP:50}{MONEY:amount}{LOOSE:60}(?:a|au|aux|to|dans|in) {DESC}{ORG:recipient}', t, RAW),
    rule('grant-pronoun', '{ORG:funder} (?:lui|leur) {T:grant} {GAP:50}{MONEY:amount}', t, RAW),
    rule('goes-to', `{MONEY:amount}${OFFERED_BY}{GAP:40}{T:goes} {DESC}{ORG:recipient}`, t, RAW),
    // "La mission a bénéficié d'une aide de 65 000 $ du MEI": the mission's organizer receives it
    rule('mission-receives', `(?:la |the )(?:mission|delegation){LOOSE:40}{T:receive} {LOOSE:60}{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
    // "Le MEIE a soutenu la mission à hauteur de 45 000 $"
    rule('supports-mission', `{ORG:funder}{LOOSE:30}{T:support} (?:la |the )(?:mission|delegation) {GAP:20}(?:a hauteur de |pour |with |to the tune of |avec )?(?:(?:un|une|a|an) {T?:award-noun} (?:de |of )?)?{MONEY:amount}`, t, RAW),
    // "X complète le montage financier avec un prêt de 150 000 $": X lends to the organization of the sentence before
    // … "DEC y contribue également par une subvention de 400 000 $"
    rule('completes-with', `{ORG:funder}{LOOSE:30}(?:{T:raise}|(?:y |lui )?(?:contribue|contribuera|a contribue|participe|participera|contributes|will contribute)) {GAP:40}(?:avec|par|grace a|with|through) (?:un|une|son|sa|a|an|its) {T:award-noun} {GAP:15}{MONEY:amount}`, t, RAW),
    rule('raise', `(?<={ORG:recipient}{LOOSE:120}){T:raise} (?!{GAP:40}(?:avec|par|grace a|with) (?:un|une|son|sa|a|an|its) {T:award-noun} ){GAP:60}{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
    rule('backed', `{T:backed} (?:(?:an?|une?) )?{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
    // "… backed by a $1.8-million loan from X and a $750,000 contribution from Y": the second amount
    rule('backed-and', `{T:backed} {ANY:90}(?:et|and) (?:(?:an?|une?) )?{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
    // "l'octroi d'une aide financière de 250 000 $ à X", "un investissement de 3 M$ dans le Centre X"
    // ("une aide de 90 000 $ sur trois ans au Réseau": a duration may follow the amount)
    rule('noun-money-to', `{T:award-noun} {GAP:30}{MONEY:amount}(?: (?:sur|over) ⟦COUNT#\\d+⟧(?: years)?)?${FUNDER_AFTER} {GAP:25}(?:a|au|aux|to|dans|in|for) {DESC}{ORG:recipient}`, t, RAW),
    // "Une contribution de 1,2 M$ a été accordée à X"
    rule('passive-to', `{MONEY:amount}(?:${OFFERED_BY}|${FUNDER_AFTER}){GAP:40}{T:granted} (?:{GAP:20} )?(?:a|au|aux|to) {DESC}{ORG:recipient}`, t, RAW),
    // "Grâce à un prêt de 400 000 $ d'Investissement Québec, X pourra …"
    rule('thanks-to', `^{GAP:15}{T:thanks} {GAP:40}{MONEY:amount}${FUNDER_AFTER}{SKIP:60}, {DESC}{ORG:recipient}`, t, RAW),
    // "Ce soutien de 90 000 $ permettra à X de …", "A $250,000 grant from Y will help X hire …"
    rule('money-helps', `{MONEY:amount}${FUNDER_AFTER}{GAP:30}{T:helps} (?:a |au |aux )?{DESC}{ORG:recipient}`, t, RAW),
    // "le jury a remis le grand prix de 10 000 $ à X": the giver is no organization
    rule('grant-money-to', `{T:grant} {GAP:50}{MONEY:amount}{LOOSE:60}(?:a|au|aux|to) {ORG:recipient}`, t, RAW),
    // "Nous avons obtenu 48 000 $ du Fonds X", "we closed a $650,000 seed round": the writer's organization
    rule('we-receive', `(?<![a-z])(?:nous|we)(?: [a-z']+){0,2} (?:{T?:receive}|{T?:raise}) {GAP:60}{MONEY:amount}${FUNDER_AFTER}`, t, RAW),
  ];
});

/** The organizer of the mission told nearest before sentence `si` (else the first one told). */
function missionOrganizer(missions: readonly Fact[], si: number): Slot | undefined {
  const before = missions.filter((f) => f.evidence.sentence <= si).at(-1) ?? missions[0];
  const id = before?.organizer as string | undefined;
  return id ? { kind: 'ORG', start: 0, end: 0, text: '', entity: id } : undefined;
}

/** Rules whose funder, when the sentence names none, is the announcement's ("reçoit 2 M$" under a program). */
const CONTEXT_FUNDER = new Set(['receive', 'goes-to', 'passive-to', 'money-helps', 'thanks-to']);
/** Rules whose funder, when the sentence names none after the amount, is the sentence's subject ("Ottawa annonce un investissement de …"). */
const SUBJECT_FUNDER = new Set(['noun-money-to']);

export function extractFunding(ctx: Context, earlier: readonly Fact[]): Fact[] {
  const fc = fundingContext(ctx, earlier.filter((f) => f.type === 'program'));
  const missions = earlier.filter((f) => f.type === 'mission');
  const found = runRules(ctx, 'funding', rules(), (h) => {
    const amount = h.slots.amount;
    const recipient = subjectFirst(h, h.slots.recipient) ?? impliedRecipient(ctx, h) ?? (h.rule === 'we-receive' ? mainOrg(ctx) : undefined)
      ?? (/mission/.test(h.rule) ? missionOrganizer(missions, h.masked.index) : undefined);
    if (!amount?.money || !recipient?.entity || isNotFunding(h.masked, amount)) return null;
    const given = h.slots.funder ?? h.slots.giver;
    const named = (given?.kind === 'ORG' ? given.entity : undefined) ?? leadInvestor(ctx, h);
    const subject = SUBJECT_FUNDER.has(h.rule) ? subjectSlot(h.masked, ['ORG'], h.start)?.entity : undefined;
    const funder = named ?? (subject !== recipient.entity ? subject : undefined) ?? (CONTEXT_FUNDER.has(h.rule) || SUBJECT_FUNDER.has(h.rule) ? fc.funder : undefined);
    return fields(ctx, fc, h.masked.index, amount, recipient.entity, funder === recipient.entity ? undefined : funder, purposeAfter(ctx, h.masked, h.end));
  });
  return [...found, ...coordinated(ctx, found), ...listItems(ctx, fc, found)];
}

/**
 * "… d'une aide de 65 000 $ du MEI, ainsi que d'une contribution de 40 000 $ de DEC": a second
 * amount coordinated with a funding found in the same sentence goes to the same recipient.
 */
const andAnother = lazy(() => rule('and-another', `(?:ainsi que|as well as|de meme que|et|and|plus) (?:d'|de |of )?(?:une?|a|an) {T:award-noun} (?:de |of )?{MONEY:amount}${FUNDER_AFTER}`, loadTriggers('funding'), RAW));
function coordinated(ctx: Context, found: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of found) {
    const m = ctx.masked[f.evidence.sentence]!;
    for (const h of hits(andAnother(), m, ctx.text)) {
      const money = h.slots.amount?.money;
      const funder = h.slots.funder?.entity;
      if (!money || !funder || found.some((g) => g.evidence.sentence === m.index && g.amount === money.amount) || out.some((g) => g.amount === money.amount)) continue;
      out.push(makeFact('funding', { recipient: f.recipient, amount: money.amount, currency: money.currency, funder, date: f.date }, evidence(ctx, m.index, 'funding.and-another')));
    }
  }
  return out;
}

/**
 * "Atelier X (Matane), un laboratoire rattaché au Cégep de Matane, obtient …":
 * the nearest organization is a complement; the sentence's subject receives.
 */
function subjectFirst(h: Hit, found: Slot | undefined): Slot | undefined {
  if (!found || !h.rule.match(/^(receive|raise)$/) || !isGoverned(h.masked, found)) return found;
  return subjectSlot(h.masked, ['ORG'], h.start) ?? found;
}

/** "La Ville lui accorde …": the previous sentence's subject; "The project is backed by …": the subject's. */
function impliedRecipient(ctx: Context, h: Hit): Slot | undefined {
  if (h.rule === 'completes-with') {
    const before = previousSubject(ctx, h.masked.index, ['ORG'], 2);
    return before?.entity !== h.slots.funder?.entity ? before : undefined;
  }
  if (h.rule !== 'grant-pronoun' && h.rule !== 'backed' && h.rule !== 'backed-and') return undefined;
  return subjectSlot(h.masked, ['ORG'], h.start) ?? previousSubject(ctx, h.masked.index, ['ORG'], 2);
}

function fields(ctx: Context, fc: FundingContext, si: number | null, amount: Slot, recipient: string, funder: string | undefined, purpose?: string) {
  const money = amount.money!;
  const own = si === null ? undefined : pastDate(ctx, ctx.masked[si]!, loadTriggers('founded')) ?? sameYear(ctx, si);
  const date = own ?? fc.date ?? ctx.a.doc.published ?? undefined;
  return { recipient, amount: money.amount, currency: money.currency, funder, program: fc.program, date, purpose };
}

/** "had raised $500,000 … the same year": the year of the last date named before. */
function sameYear(ctx: Context, si: number): string | undefined {
  if (!hasTrigger(loadTriggers('grammar'), 'same-year', ctx.masked[si]!.text)) return undefined;
  for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
    const d = ctx.masked[i]!.slots.filter((s) => s.kind === 'DATE').at(-1);
    if (d?.date) return d.date.iso.slice(0, 4);
  }
  return undefined;
}

/**
 * A list of recipients under a heading that says so ("Détail des 9 nouvelles organisations
 * financées"): each item's first organization gets the item's amount, "(2 307 663 $)".
 */
function listItems(ctx: Context, fc: FundingContext, found: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  const t = loadTriggers('funding');
  ctx.lines.forEach((line, li) => {
    if (!line.item) return;
    let intro = li - 1;
    while (intro >= 0 && ctx.lines[intro]!.item) intro--;
    const head = intro >= 0 ? ctx.lines[intro]! : undefined;
    if (!head || !head.sentences.some((si) => hasTrigger(t, 'list-intro', ctx.masked[si]!.text))) return;
    const masked = line.sentences.map((si) => ctx.masked[si]!);
    const amounts = masked.flatMap((m) => m.slots.filter((s) => s.kind === 'MONEY').map((s) => ({ m, s })));
    // "L'équipe mobile du Réseau X": a complement names the recipient when nothing else does.
    const orgs = masked[0]!.slots.filter((s) => s.kind === 'ORG' && s.entity);
    const first = orgs.find((s) => !isGoverned(masked[0]!, s)) ?? orgs[0];
    if (amounts.length !== 1 || !first?.entity) return;
    const { m, s } = amounts[0]!;
    if (found.some((f) => f.amount === s.money!.amount) || isNotFunding(m, s)) return;
    const purpose = purposeAfter(ctx, masked[0]!, masked[0]!.text.indexOf('⟧') + 1);
    out.push(makeFact('funding', fields(ctx, fc, null, s, first.entity, fc.funder, purpose), evidence(ctx, m.index, 'funding.list-item')));
  });
  return out;
}

/** "X boucle une ronde de 4,2 M$. La ronde est menée par Y": a round's lead named in the next sentence. */
const leadRule = lazy(() => rule('round-lead', '^(?:la |le |the |this |cette |ce )?(?:ronde|tour|round|financement|investissement|investment|financing){GAP:40}{T:by} (?:(?:le|la|the|fonds|fund|firme|firm|societe) )*{ORG:funder}', loadTriggers('funding'), RAW));
function leadInvestor(ctx: Context, h: Hit): string | undefined {
  if (h.rule !== 'raise' && h.rule !== 'we-receive') return undefined;
  const next = ctx.masked[h.masked.index + 1];
  return next ? hits(leadRule(), next, ctx.text)[0]?.slots.funder?.entity : undefined;
}
