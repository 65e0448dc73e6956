import type { Context } from '../context.js';
import { mergers } from './mergers.js';
import { lazy, runRules } from '../fact.js';
import type { Fact } from '../model.js';
import { hits, rule, type Hit } from '../pattern.js';
import { loadTriggers } from '../triggers.js';
import { previousSubject } from '../subjects.js';
import type { Slot } from '../slots.js';
import { dealDate } from './deal-date.js';

/**
 * transfer: activities, assets or a company ceded, sold, acquired or merged from one
 * organization to another. "X cède ses activités de formation et son studio … au
 * Cégep de Lévis", "X acquiert Y", "avait mis la main sur Z … en 2017",
 * "Le cercle X fusionne avec le réseau Y", "X was acquired by Y".
 */
const rules = lazy(() => {
  const t = loadTriggers('transfer');
  return [
    rule('cede', '(?<={ORG:from}{LOOSE:80}){T:cede} (?<what>[^⟦⟧]{0,200}?) (?:a|au|aux|to) {ORG:to}', t),
    rule('acquire', '(?<={ORG:to}{LOOSE:80}){T:acquire}(?! (?:by|par)\\b) {NP:40}{ORG:from}', t),
    // "L'an dernier, elle avait acquis la start-up Visiopro": the organization of the sentence before
    rule('pronoun-acquire', '^(?:[^⟦⟧,]{0,30}, )?(?:elle|il|it|the company|l\'entreprise) {GAP:15}{T:acquire}(?! (?:by|par)\\b) {NP:40}{ORG:from}', t),
    rule('merge', '(?<={ORG:from}{LOOSE:60}){T:merge} {ORG:to}', t),
    rule('acquired-by', '(?<={ORG:from}{LOOSE:60}){T:acquired-by} {ORG:to}', t),
    // "Accélia reprend l'ensemble des activités d'EERS"
    // "il a fondé Tracéo, une entreprise de logiciels, qu'il a vendue au Groupe Lactéa en 2011"
    rule('sold-relative', "{ORG:from}, {LOOSE:80}(?:qu'|that |which )(?:il |elle |ils |elles |he |she |they )?(?:a |avait |ont |avaient |had |has )?{T:sold} (?:a |au |aux |to ){DESC}{ORG:to}", t),
    // "X, dont le RMT a repris les activités et les membres"
    rule('whose-taken-over', "{ORG:from}, dont (?:l'|le |la |the )?{ORG:to} {GAP:15}{T:takes-over} (?<what>(?:l'ensemble |la totalite |toutes )?(?:des |les |de ses |ses )?{T:assets}[^⟦⟧,]{0,60}?)(?=[,.;]| (?:au|en|a|le|depuis) )", t),
    rule('takes-over', "(?<={ORG:to}{LOOSE:40}){T:takes-over} (?:(?:en |in )(?:⟦DATE#\\d+⟧|[a-z]+) |⟦DATE#\\d+⟧ )?(?<what>(?:l'ensemble |la totalite |toutes |all )?(?:des |les |de ses |ses |the |its )?{T:assets}[^⟦⟧,]{0,40}?) (?:de |du |des |d'|of )(?:l'|le |la |the )?{ORG:from}", t),
    // "Les activités de X seront reprises par Y", "X's assets were sold to Y"
    rule('taken-over', "(?<what>(?:les |the )?{T:assets}) (?:de |du |des |d'|of )?{ORG:from}(?:'s)?{GAP:30}{T:taken-by} {ORG:to}", t),
  ];
});

export function extractTransfer(ctx: Context): Fact[] {
  return [...transferRules(ctx), ...mergers(ctx)];
}

function transferRules(ctx: Context): Fact[] {
  return runRules(ctx, 'transfer', rules(), (h) => {
    const from = h.slots.from?.entity;
    const to = h.slots.to?.entity ?? (h.rule === 'pronoun-acquire' ? previousSubject(ctx, h.masked.index, ['ORG'], 2)?.entity : undefined);
    if (!from || !to || from === to) return null;
    // "acquired GéoRéseau Labs, the geolocation subsidiary of Groupe Marcoux": the parent sold it.
    const seller = /^acquire/.test(h.rule) ? sellerAfter(h) : undefined;
    if (seller && seller.entity && seller.entity !== to) {
      return { from: seller.entity, to, what: [h.slots.from!.text], date: dealDate(ctx, h.masked.index, loadTriggers('transfer')) };
    }
    // "Datacime appartenait jusqu'ici au Groupe Vertex": the acquired company's former owner sold it.
    const owner = /^acquire/.test(h.rule) ? formerOwner(ctx, from, to) : undefined;
    if (owner) return { from: owner, to, what: [h.slots.from!.text], date: dealDate(ctx, h.masked.index, loadTriggers('transfer')) };
    const what = h.rule === 'sold-relative' ? [h.slots.from!.text] : activities(h);
    return { from, to, what, date: dealDate(ctx, h.masked.index, loadTriggers('transfer')) };
  });
}

/** "ses activités dans les secteurs du jeu, du Web et de la formation à distance" → jeu, Web, formation à distance. */
function activities(h: Hit): string[] | undefined {
  const raw = h.texts.what;
  if (!raw) return undefined;
  const body = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(?:ses|des|son|sa|leurs?|its|their|the)\s+(?:activités|activites|activities|opérations|operations)\s*/iu, '')
    .replace(/^(?:dans les secteurs|dans le secteur|dans les domaines|in the fields)\s*/iu, '')
    .replace(/^(?:de|d['’]|du|des|of|in)\s*/iu, '');
  const parts = body.split(/\s*,\s*|\s+(?:et|and)\s+/u)
    .map((p) => p.replace(/^(?:ses|son|sa|leurs?|les|le|la|l['’]|du|de la|de l['’]|des|de|d['’]|its|their|the)\s*/iu, '').trim())
    .filter((p) => p.length > 1);
  return parts.length ? parts : undefined;
}

/** ", the Quebec City subsidiary of Groupe Marcoux", ", une filiale du groupe X": the acquired company's parent. */
function sellerAfter(h: Hit): Slot | undefined {
  const m = /^,? (?:(?:a|an|the|une?|la|le|l') ?)?(?:[^⟦⟧,]{0,40} |⟦LOC#\d+⟧ )*?(?:subsidiary|division|filiale|unit|arm|branch|unite)(?: [a-z-]+){0,3} (?:of|de|du|d'|des) ?(?:(?:the|la|le|l'|groupe|group) ?)*⟦ORG#(\d+)⟧/.exec(h.masked.text.slice(h.end));
  if (m) return h.masked.slots[Number(m[1])];
  // "acquired Kilowattch, a two-person firm in Sherbrooke, from its parent company EnerCode": the seller named after "from".
  const from = /^(?:, (?:[^⟦⟧,]|⟦(?:LOC|COUNT)#\d+⟧){3,90},)? (?:from|aupres de)(?: (?:its|their|sa|son|leur) (?:parent company|parent|owner|societe mere|maison mere|proprietaire),?)? (?:the |la |le |l')?⟦ORG#(\d+)⟧/.exec(h.masked.text.slice(h.end));
  return from ? h.masked.slots[Number(from[1])] : undefined;
}

/** "X appartenait (jusqu'ici) au Groupe Y", "X was owned by Y": the owner of X the article names, other than `to`. */
const ownedRule = lazy(() => rule('owned-by', '{ORG:owned} (?:appartenait|appartient|appartenaient|was owned|belonged|belongs|etait detenue?|was held) {GAP:25}(?:a|au|aux|to|by|par) {DESC}{ORG:owner}'));
function formerOwner(ctx: Context, owned: string, to: string): string | undefined {
  for (const m of ctx.masked) {
    if (!m.slots.some((s) => s.entity === owned)) continue;
    for (const h of hits(ownedRule(), m, ctx.text)) {
      if (h.slots.owned?.entity === owned && h.slots.owner?.entity && h.slots.owner.entity !== to) return h.slots.owner.entity;
    }
  }
  return undefined;
}
