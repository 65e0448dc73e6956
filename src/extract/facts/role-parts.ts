import { lexKey, lexicons, type Status } from '../../nlp/lexicons.js';
import { foldText } from '../fold-map.js';
import type { Hit } from '../pattern.js';
import { loadTriggers, type Triggers } from '../triggers.js';

/**
 * Pieces of the role patterns, and how a hit's words become a title and a status.
 * A title phrase is one or two titles ("présidente et cofondatrice"), a status word
 * ("sortant"), and a complement that is not the organization ("du conseil d'administration",
 * "des opérations européennes", "for the Maritimes").
 */
export const roleTriggers = (): Triggers => loadTriggers('role');

const alt = (cls: string) => (roleTriggers().get(cls) ?? []).map((w) => w.replace(/ /g, ' ')).join('|');

/** Up to two modifier words before a title ("senior sales advisor"), never a verb or article. */
export const MODS = "(?<mods>(?:(?<![a-z'])(?!(?:qui|que|est|sont|a|ont|sera|devient|deviendra|etait|was|is|who|which|has|will|et|and|de|du|des|la|le|les|l'|the|un|une|an|son|sa|its|their|notre)\\b)[a-z][a-z-]* ){0,2})";

/**
 * One adjective after a title ("directeur créatif", "directrice régionale"), raw regex: its
 * suffixes are not words. Never a preposition, a conjunction or a status word.
 */
export const RAW = {
  adj: "(?:\\s+(?!(?:de|du|des|d|of|at|chez|au|aux|a|et|and|en|pour|sortant|sortante|par|qui|est|se|dans|sur|with|for|in)\\b)[a-z]+(?:if|ive|al|ale|aux|el|elle|ique|ien|ienne|aire|eur|euse|ier|iere)\\b)?",
};

export function titlePhrase(): string {
  const descr = alt('descriptor');
  const cpl = `(?<cpl>(?: (?:du|de la|des|de l'|d'|aux|a la|au|en|of|for|in|de|pour l'|pour la|pour le|pour les) (?!(?:la |le |l'|the )?(?:${descr})\\b)(?:[^⟦⟧,()]|⟦LOC#\\d+⟧){1,50})?(?:, (?:[^⟦⟧,()]){3,60}?(?=,)|, [a-z-]{3,25}(?=\\.?$))?)`;
  return `(?:(?<pre>${alt('before')})(?: |-))?(?<title>${MODS}{TITLE:t1}{R:adj}(?: (?:et|and|&) (?:le |la |l')?{TITLE:t2}{R:adj})?(?: (?<post>${alt('after')}))?${cpl})`;
}

/**
 * The organization after a title: "de l'ARQ", "at Loop Labs", "chez Alto", "de la firme … Vertex"
 * (through a description, the last name: "la firme de logiciels Web et mobiles Vertex").
 */
export function orgPhrase(): string {
  const descr = alt('descriptor');
  return `,? (?:(?:de|du|des|d'|of|at|chez|au|a|aupres de|with|within|responsible for|responsable de|responsable du|responsable des) {ORG|LOC:org}|(?:de|du|of|at|chez|au) (?:la |le |l'|the )?(?:${descr})(?:[^⟦⟧,;:()]|⟦ORG#\\d+⟧){0,60} {ORG:orgd})`;
}

export const verbs = () => `(?:(?<vi>{T:v-incoming})|(?<vc>{T:v-current})|(?<vf>{T:v-former}))`;

const STATUS_OF_VERB: Record<string, Status> = { vi: 'incoming', vc: 'current', vf: 'former', po: 'outgoing', pf: 'former', pi: 'incoming', af: 'former', ac: 'current' };

/** An adverb between a name and its title: "X, jusqu'ici directrice de Y", "Y, currently head of Z". */
export const adverb = () => `(?:(?:(?<af>{T?:adv-former})|(?<ac>{T?:adv-current})) )?`;

/** The status a hit states: a status word by the title, else its verb, else `fallback`. */
export function statusOf(h: Hit, fallback: Status = 'current'): Status {
  const { statusWords } = lexicons();
  for (const w of [h.texts.pre, h.texts.post]) {
    const s = w ? statusWords.get(lexKey(w)) : undefined;
    if (s) return s;
  }
  for (const [group, status] of Object.entries(STATUS_OF_VERB)) if (h.texts[group]) return status;
  return fallback;
}

/**
 * The title as the article writes it, without its status word; a title that is exactly a
 * lexicon entry is given in lower case ("Présidente-directrice générale" → the lexicon's form),
 * an acronym as is ("PDG").
 */
export function titleText(h: Hit): string | undefined {
  let t = h.texts.title;
  if (!t) return undefined;
  const post = h.texts.post;
  if (post) t = t.replace(new RegExp(`\\s+${post.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`), '');
  t = t.replace(/^[,\s]+|[,.;:!?»"\s]+$/g, '');
  const whole = h.slots.t1 && !h.slots.t2 && foldText(t) === foldText(h.slots.t1.text);
  return whole && !/^[\p{Lu}.-]+$/u.test(t) ? t.toLowerCase() : t;
}

/** Titles whose organization may be a place: "maire de Gaspé". */
export function isPlaceTitle(h: Hit): boolean {
  const codes = new Set(roleTriggers().get('place-title'));
  return [h.slots.t1, h.slots.t2].some((t) => t?.title && codes.has(foldText(t.title.code)));
}

/** "cofondateurs" → "cofondateur", "directeurs généraux" → "directeur général": a title several hold, one holder's. */
export function singularTitle(title: string): string {
  return title.split(' ').map((w) => (/aux$/.test(w) && w.length > 4 ? w.replace(/aux$/, 'al') : /[^s]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w)).join(' ');
}
