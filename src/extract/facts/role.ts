import type { Status } from '../../nlp/lexicons.js';
import type { Context } from '../context.js';
import { foldText } from '../fold-map.js';
import { lazy, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { rule, type Hit } from '../pattern.js';
import type { Slot } from '../slots.js';
import { isGoverned, mainOrg, previousSubject, pronounAntecedent, subjectSlot } from '../subjects.js';
import { triggerSource } from '../triggers.js';
import { contactLines, markLeaving, successions, titleHolders } from './role-links.js';
import { ministerRoles } from './minister.js';
import { boardLists } from './board-list.js';
import { adverb, isPlaceTitle, orgPhrase, RAW, roleTriggers, singularTitle, statusOf, titlePhrase, titleText, verbs } from './role-parts.js';

/**
 * role: a person holds (held, leaves, takes) a position in an organization (or a place, for a
 * mayor). Titles come from the titles lexicon; statuses from status words and verbs.
 */
/** Titles next to names: apposition, parentheses, pre-modifiers. */
const titleRules = lazy(() => {
  const t = roleTriggers();
  const TP = titlePhrase();
  const ORGP = orgPhrase();
  return [
    // "La présidente-directrice générale de l'ARQ, Julie Vachon"
    rule('title-org-name', `${TP}${ORGP}(?: \\([^)]*\\))?,? {PER:per}(?! ?')`, t, RAW),
    // "Dana Reyes, president and CEO of Arctic Data", "Luc Girard (PDG de …"
    // "A et B, cofondateurs du Studio X": a pair shares the title, in the plural
    rule('name-title-org', `{PER:per}(?: (?:et|and) {PER:per2})?(?: \\(|, | - | --? )${adverb()}(?:le |la |l'|the |son |sa |an? |un |une )?${TP}${ORGP}`, t, RAW),
    // "Inès Roy, notre présidente", "Dana Lee, our CTO": the writer's own organization
    rule('name-our-title', `{PER:per}(?:, | \\()(?<our>{T:our}) ${TP}`, t, RAW),
    // "Hugo Bélair est nommé directeur …", "Anne Roy, deviendra directrice générale adjointe du réseau X"
    rule('name-verb-title-org', `{PER:per}{SKIP:60}${verbs()} (?:(?:depuis|since) (?:{DATE}|[a-z]+) )?(?:le poste de |a titre de |comme |as |an? |un |une )?${TP}${ORGP}`, t, RAW),
    // "Jane Ng will become Arctic Data's vice-president of product"
    rule('name-verb-org-s-title', `{PER:per}{SKIP:60}${verbs()} {ORG:org}'s ${TP}`, t, RAW),
    // "Jusqu'ici directrice de l'innovation chez Groupe Alto, …, Mme Roy"
    rule('verb-title-org-name', `^(?:${verbs()}) ${TP}${ORGP}{ANY:120}, {PER:per}`, t, RAW),
    // "Jane Ng, Communications Coordinator, Prairie Tech Guild"
    rule('name-title-comma-org', `{PER:per}(?:, | \\()${TP}\\)?, {ORG:org}`, t, RAW),
    // "Lise Paré (Chargée de projets Export et formation), Agence X"
    rule('name-paren-title-org', `{PER:per} \\(${TP}[^⟦⟧()]{0,60}\\),? {ORG:org}`, t, RAW),
    // "Luc Girard (PDG de Groupe X et correspondant Réseau Y à Lyon)"
    rule('name-second-title-org', `{PER:per}(?: \\(|, )⟦TITLE#\\d+⟧{ANY:90} (?:et|and) (?:the |le |la )?${TP},? (?:(?:de|du|d'|of|at|chez|responsible for|responsable de|responsable du|responsable des) )?{ORG:org}`, t, RAW),
    // "Nordwind Labs CEO Sam Patel", "the guild's executive director Ann Lee"
    rule('org-title-name', `{ORG|LOC:org}(?:'s)? ${TP} {PER:per}`, t, RAW),
    // "Sam Patel, Nordwind's co-founder and chief executive"; "the company's co-founder, Ann Lee"
    rule('name-org-s-title', `{PER:per}, {ORG:org}'s ${TP}`, t, RAW),
    rule('org-s-title-name', `{ORG:org}'s ${TP},? {PER:per}`, t, RAW),
  ];
});

/** Verbs that give a post or a status: electing, joining, working at, leading, leaving, taking over. */
const verbRules = lazy(() => {
  const t = roleTriggers();
  const TP = titlePhrase();
  const ORGP = orgPhrase();
  return [
    // "The guild also elected Ann Lee as chair of its board"
    rule('org-elects-name', `{ORG:org} {GAP:20}{T:elect} {PER:per} (?:as|comme|au poste de|a titre de) (?:(?:an?|un|une|its|their|son|sa|leur|the|le|la|l') )?${TP}`, t, RAW),
    // "les membres du RETCN ont porté Geneviève Roy à la présidence du conseil"
    rule('org-carries-name', `{ORG:org}{LOOSE:40}{T:carry} {PER:per} (?:a la|au poste de|a la tete) (?<post>presidence|vice-presidence|direction generale|direction|tresorerie|secretariat|{TITLE})(?: du conseil(?: d'administration)?)?`, t, RAW),
    // "Le conseil de X a confié la direction générale à Paul Roy"
    rule('org-entrusts-name', `{ORG:org} {GAP:20}{T:entrust} (?:la |le |l')?(?:poste de )?(?<post>{TITLE}|direction generale|direction|presidence|vice-presidence) (?:a|au) {PER:per}`, t, RAW),
    // "Karine Roy succède à Michel Hamel à la tête de l'Association X"
    rule('name-succeeds-at', `{PER:per}{SKIP:20}(?<succ>{T:succeeds}) {PER:per2}(?: {GAP:12})? (?:a la tete|a la presidence|a la direction(?: generale)?|au poste de {TITLE}|comme {TITLE}|as {TITLE}|at the helm) (?:de|du|des|d'|of) {ORG:org}`, t, RAW),
    // "Luc Perron dirige depuis 2019 l'incubateur X", "Tom Nguyen now leads Pixel Forge"
    rule('name-leads-org', `{PER:per} (?:(?:now|maintenant|desormais|aussi|also) )?(?<lead>{T:leads}) (?:(?:depuis|since)(?: {DATE}| [a-z]+(?= ))? )?{DESC}{ORG:org}`, t, RAW),
    // "Sam Patel, …, who joins Arctic Data's board as a director"
    rule('name-joins-org', `{PER:per}{SKIP:80}{T:joins} (?:{GAP:40}(?:de|du|d'|of) )?{ORG:org}(?:'s)? {LOOSE:60}(?:as|comme|a titre de) (?:an? |un |une )?${TP}`, t, RAW),
    // "Maude Roy, de la grappe X, qui agit à titre de guide"; "Jean Roy de Solutions Nova"
    rule('name-de-org-as', `{PER:per}, (?:de|du|d'|of|from) {ORG:org}, {GAP:40}(?:a titre de|comme|as) (?:an? |un |une )?${TP}`, t, RAW),
    rule('name-de-org', `{PER:per}(?: (?:et|and) {PER:per2})? (?:de|du|d'|from) {ORG:org}`, t, RAW),
    // "qui a travaillé six ans chez Groupe Alto"
    rule('name-worked-at', `{PER:per}{LOOSE:40}{T:worked}{LOOSE:40}(?:chez|at|pour|for|au sein de|au sein d') {DESC}{ORG:org}`, t, RAW),
    // "L'accélérateur sera dirigé par Anne Roy"
    rule('org-led-by', `{ORG:org} {LOOSE:40}{T:led} {PER:per}`, t, RAW),
    // "a annoncé sa directrice, Emma Roy" (the sentence's subject)
    rule('possessive-title-name', `(?:son|sa|its|their|leur|(?<our>{T?:our})) ${TP},? {PER:per}`, t, RAW),
    // "Paul Caron quitte la présidence du réseau X", "Anne Roy prend la direction du Pôle Y"
    rule('name-post-org', `{PER:per}{SKIP:40}(?:(?<po>{T:post-outgoing})|(?<pf>{T:post-former})|(?<pi>{T:post-incoming})) (?:de|du|des|d'|of|at|au sein de|au sein du|a|au) {ORG:org}`, t, RAW),
    // "Paul Caron siège au conseil d'administration de Groupe Alto"
    rule('name-board-org', `{PER:per}{SKIP:40}(?:(?<vc>{T:board-current})|(?<vi>{T:board-incoming})|(?<vf>{T:board-former})) (?:de|du|des|d'|of) {ORG:org}`, t, RAW),
    // "Elise Roy, a partner at X, joins our board" (the writer's organization)
    rule('name-board-our', `{PER:per}{SKIP:60}{T:join-our} (?<our>{T:our}) (?:board|conseil d'administration|conseil)`, t, RAW),
    // "Marc spent six years as a data engineer at X", "a passé huit ans comme analyste chez X"
    rule('name-spent-as', `{PER:per}{LOOSE:40}{T:worked}{LOOSE:40}(?:as|comme|a titre de) (?:an? |un |une )?${TP}${ORGP}`, t, RAW),
    // "Il était président de l'organisme depuis 2015" (the person of the sentence before)
    rule('pronoun-verb-title-org', `^(?:il|elle|he|she) {SKIP:40}${verbs()} (?:le poste de |a titre de |comme |as |an? |un |une )?${TP}${ORGP}`, t, RAW),
    // "Le PDG sortant, Paul Caron," / "au trésorier, Guy Lemay," (organization from the context)
    rule('title-name', `(?:^|le |la |l'|au |the )${TP}, {PER:per}(?:,|\\.?$| \\()`, t, RAW),
    // "Directrice générale d'AgroNum depuis neuf ans, Denise Roy quittera …"
    rule('title-org-first', `^${TP}${ORGP}{ANY:120}, {PER:per}`, t, RAW),
    // "La direction générale de la CNLL sera confiée à Jérôme Roy"
    rule('post-entrusted', `(?:la |le )?(?:direction generale|direction|presidence|vice-presidence) (?:de|du|des|d') {ORG:org} (?:sera|a ete|est|seront) (?:confiee?|attribuee?) (?:a|au) {PER:per}`, t, RAW),
    // "recruter un nouveau directeur des ventes pour l'Asie, Kenji Morita"
    rule('recruits-title-name', `{ORG:org}{LOOSE:80}{T:recruit} (?:(?:un|une|a|an|son|sa|its|their|le|la|the) )?${TP},? {PER:per}`, t, RAW),
    // "Clarivox … will open an office, chief executive Marc Roy said"
    rule('title-name-said', `{ORG:org}{LOOSE:150}, ${TP} {PER:per},? {T:said}`, t, RAW),
    // "… from Brightline Labs, where she was director of machine learning"
    rule('org-where-was', `{ORG:org}, (?:where|ou) (?:she|he|il|elle) (?<vf>{T:was}) (?:an? |un |une |le |la )?${TP}`, t, RAW),
    // "Mme Roy deviendra officiellement présidente du conseil le 1er juillet", "Boily becomes chief executive.",
    // "Beaulac is now CEO;", "Rachel Ouimet joins next month as vice-president of sales": the article's organization
    rule('name-becomes-title', `{PER:per}(?:, [^,]{3,90},|,)? (?:(?<vi>{T?:v-incoming})|(?<vc>is now|est maintenant|est desormais)|{T?:joins}(?: (?:{GAP:20}|{DATE}))? (?:as|comme|a titre de)) (?:officiellement |officially |an? |un |une |le |la |the )?${TP}(?=\\.?$|[,;]| (?:le|on|en|in|au|at the|des|from|starting|a compter|d'ici) )(?! (?:de|du|des|d'|of|at|chez) )`, t, RAW),
    // "Dufresne serves as chief technology officer.": the article's organization
    rule('name-serves-as', `{PER:per} {T:serves} (?:an? |un |une |le |la |the )?${TP}(?:\\.?$|,| (?:et|and) )`, t, RAW),
    // "Founded in 2005 by geomatics engineer Denis Plourde, GéoRéseau …", "Fondée en 2003 par A et B, la PME …"
    rule('founded-by', `^[^⟦⟧]{0,12}?(?:fonde|fondee|cofonde|cofondee|cree|creee|mise? sur pied|founded|co-founded|cofounded|created|established|started) (?:en |in )?{DATE} (?:par|by) (?:(?:[^⟦⟧]|⟦(?:TITLE|COUNT|ORG)#\\d+⟧){0,70}?(?: |, ))?{PER:per}(?:,? (?:et|and) {PER:per2})?{ANY:60}, {DESC}{ORG:org}`, t, RAW),
    // "Sa collègue Sophie Gagnon, vice-présidente aux technologies, restera à Rimouski": an in-house title, no organization in sight
    rule('name-title-bare', `{PER:per}, ${adverb()}${TP}(?=,|\\.?$)`, t, RAW, 'ORG'),
  ];
});

const rules = () => [...titleRules(), ...verbRules()];

const FALLBACK: Record<string, Status> = { 'name-worked-at': 'former', 'name-spent-as': 'former', 'org-led-by': 'incoming', 'name-joins-org': 'incoming', 'name-board-our': 'incoming', 'org-entrusts-name': 'incoming', 'name-succeeds-at': 'incoming', 'post-entrusted': 'incoming', 'recruits-title-name': 'incoming', 'org-where-was': 'former', 'name-becomes-title': 'incoming', 'org-carries-name': 'incoming' };

export function extractRole(ctx: Context): Fact[] {
  const found = runRules(ctx, 'role', rules(), (h) => {
    const per = h.slots.per ?? (h.rule.startsWith('pronoun') ? pronounAntecedent(ctx, h.masked.index) : undefined)
      ?? (h.rule === 'org-where-was' ? h.masked.slots.filter((x) => x.kind === 'PER' && x.entity && x.start < h.masked.map[h.start]!).at(-1) ?? pronounAntecedent(ctx, h.masked.index) : undefined);
    const org = h.slots.org ?? h.slots.orgd ?? contextOrg(ctx, h);
    if (!per?.entity || !org?.entity || per.kind !== 'PER') return null;
    // "Sylvain Trudel, président de X, Pierre-Luc Bourassa et …": the title is the person's before it.
    if (h.rule === 'title-org-name' && /⟦PER#\d+⟧,\s*$/.test(h.masked.text.slice(Math.max(0, h.start - 14), h.start))) return null;
    if (org.kind === 'LOC' && !isPlaceTitle(h)) return null;
    if (org.kind !== 'ORG' && org.kind !== 'LOC') return null;
    const founder = h.rule === 'founded-by' ? (ctx.a.doc.lang === 'en' ? 'founder' : 'fondateur') : undefined;
    const title = founder ?? titleText(h) ?? boardTitle(ctx, h);
    const fields = { person: per.entity, org: org.entity, title: h.rule === 'name-title-org' && h.slots.per2 && title ? singularTitle(title) : title, status: leaving(h) ?? statusOf(h, FALLBACK[h.rule]) };
    const second = h.slots.per2?.entity;
    // The predecessor held the post: outgoing while the handover is still to come.
    if (second && h.rule === 'name-succeeds-at') return { ...fields, also: second, alsoStatus: /ra\b|will/.test(h.texts.succ ?? '') ? 'outgoing' : 'former' };
    return second ? { ...fields, also: second } : fields;
  });
  const roles = found.flatMap((f) => {
    const { also, alsoStatus, ...one } = f;
    return also ? [one as Fact, { ...one, person: also, ...(alsoStatus ? { status: alsoStatus } : {}) } as Fact] : [one as Fact];
  });
  // A founder who holds a post there is known by the post ("fondée par X" … "son président, X").
  const held = new Set(roles.filter((f) => f.evidence.rule !== 'role.founded-by').map((f) => `${f.person}|${f.org}`));
  roles.splice(0, roles.length, ...roles.filter((f) => f.evidence.rule !== 'role.founded-by' || !held.has(`${f.person}|${f.org}`)));
  markLeaving(ctx, roles);
  return [...roles, ...contactLines(ctx), ...successions(ctx, roles), ...titleHolders(ctx, roles), ...ministerRoles(ctx), ...boardLists(ctx)];
}

/** "Nous avons prié le trésorier, Guy Lemay, de quitter son poste": the words after the name. */
function leaving(h: Hit): Status | undefined {
  const after = h.masked.text.slice(h.end, h.end + 40);
  if (!h.rule.endsWith('-name')) return undefined;
  for (const status of ['former', 'outgoing'] as const) {
    if (new RegExp(`^[^⟦⟧.;]{0,12}?${triggerSource(roleTriggers(), `left-${status}`)}`).test(after)) return status;
  }
  return undefined;
}

/** For "son président, X" the sentence's subject; for "Le PDG sortant, X" the organization nearby. */
function contextOrg(ctx: Context, h: Hit): Slot | undefined {
  const si = h.masked.index;
  // "notre présidente", "our CTO": the organization the article speaks for, the one it names most.
  if (h.texts.our !== undefined) return mainOrg(ctx);
  if (h.rule === 'possessive-title-name') {
    const here = subjectSlot(h.masked, ['ORG'], h.start) ?? subjectAfter(h);
    if (here) return here;
    // "Maude Roy dirigera le bureau. Son associé, X, …": "son" is the person's.
    if (previousSubject(ctx, si, ['ORG', 'PER'], 1)?.kind === 'PER') return undefined;
    return previousSubject(ctx, si, ['ORG'], 3);
  }
  if (h.rule === 'name-serves-as' || h.rule === 'name-becomes-title') return mainOrg(ctx);
  if (h.rule === 'name-title-bare') {
    const house = new Set(roleTriggers().get('in-house'));
    const own = [h.slots.t1, h.slots.t2].some((x) => x?.title && house.has(foldText(x.title.code)));
    return own ? mainOrg(ctx) : undefined;
  }
  // "le maire de Rimouski, Marc Roy": the place in the title is the post's.
  const ownPlace = /^(?:title-name|title-org-first|possessive-title-name)$/.test(h.rule) && isPlaceTitle(h) ? placeInTitle(h) : undefined;
  if (ownPlace) return ownPlace;
  // A minister belongs to the ministry the title names, never to an organization nearby (ministerRoles).
  if ([h.slots.t1, h.slots.t2].some((t) => t?.title?.code === 'minister')) return undefined;
  if (h.rule === 'title-name') {
    // Organizations quoted in the speaker's words are not the speaker's ("« X nous a fait confiance », a dit le président").
    const quoted = quotedRanges(h.masked.text);
    // Nor a complement ("Vice-présidente chez Minetik, Mme Roy succède au président sortant, X").
    const personOrg = /^,? (?:de|du|d'|des|of|from) ?(?:l'|le |la |the )?⟦ORG#(\d+)⟧/.exec(h.masked.text.slice(h.end));
    if (personOrg) return h.masked.slots[Number(personOrg[1])];
    const here = h.masked.slots.filter((s, k) => s.kind === 'ORG' && s.entity && !isGoverned(h.masked, s) && !quoted.some(([a, b]) => {
      const at = h.masked.text.indexOf(`⟦ORG#${k}⟧`);
      return at > a && at < b;
    }));
    return here[0] ?? previousSubject(ctx, si, ['ORG'], 2) ?? mainOrg(ctx);
  }
  return undefined;
}


/** A seat on a board states no title of its own: the usual one, in the article's language. */
function boardTitle(ctx: Context, h: Hit): string | undefined {
  if (!h.rule.startsWith('name-board')) return undefined;
  return ctx.a.doc.lang === 'en' ? 'board member' : "membre du conseil d'administration";
}

/** "Qualifié de … par sa présidente, Amélie Roy, le RMT a connu …": the subject that follows the apposition. */
function subjectAfter(h: Hit): Slot | undefined {
  const m = /^,\s(?:le |la |l'|les |the )?⟦ORG#(\d+)⟧/.exec(h.masked.text.slice(h.end));
  return m ? h.masked.slots[Number(m[1])] : undefined;
}

/** The place named inside a hit's title ("maire de ⟦LOC⟧"). */
function placeInTitle(h: Hit): Slot | undefined {
  const title = h.texts.title;
  if (!title) return undefined;
  const at = h.masked.text.indexOf('⟦', h.masked.text.indexOf('⟦TITLE#', h.start) + 1);
  const m = /^⟦LOC#(\d+)⟧/.exec(h.masked.text.slice(at));
  return m && at < h.end ? h.masked.slots[Number(m[1])] : undefined;
}

/** Offsets of « … » and “ … ” quotations in a masked sentence. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[«“"][^«»“”"]*[»”"]/g)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}
