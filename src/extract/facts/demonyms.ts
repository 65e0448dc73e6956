import { defaultLexiconDir, readRows } from '../../nlp/lexicons.js';
import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { makeFact, lazy } from '../fact.js';
import { foldText } from '../fold-map.js';
import type { Fact } from '../model.js';
import { triggerSource, loadTriggers } from '../triggers.js';

/**
 * located from a demonym: "l'entreprise rimouskoise Géomarine", "Vireo, une PME lavalloise",
 * "a Montréal startup" is handled by the place rules. The place must be an entity the article
 * names (data/lexicons/demonyms-qc.tsv and demonyms-world.tsv map a demonym to that name).
 */
const table = lazy(() => {
  const map = new Map<string, string>();
  for (const file of ['demonyms-qc.tsv', 'demonyms-world.tsv']) {
    for (const { cols } of readRows(defaultLexiconDir(), file, 2, 2)) map.set(foldText(cols[0]!), foldText(cols[1]!));
  }
  return map;
});

/** A demonym as written: its masculine singular stem and the feminine and plural endings. */
const ENDINGS = ['', 'e', 's', 'es', 'ne', 'nes', 'nne', 'nnes'];

const forms = lazy(() => {
  const stems = [...table().keys()].sort((a, b) => b.length - a.length).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<dem>${stems.join('|')})(?:${ENDINGS.filter(Boolean).join('|')})?`;
});

/** Every written form of every demonym: a cheap word lookup before the patterns run. */
const written = lazy(() => {
  const set = new Set<string>();
  for (const stem of table().keys()) for (const end of ENDINGS) set.add(stem + end);
  return set;
});

function namesDemonym(text: string): boolean {
  const set = written();
  for (const w of text.match(/[a-z][a-z'-]*/g) ?? []) if (set.has(w)) return true;
  return false;
}

const patterns = lazy(() => {
  const kind = triggerSource(loadTriggers('located'), 'kind');
  const dem = forms();
  return [
    // "l'entreprise rimouskoise Géomarine Solutions", "le studio lavallois X"
    // ("le fabricant japonais de composantes X": a complement may follow the demonym)
    new RegExp(`(?<![a-z])${kind} ${dem}(?![a-z])(?: [a-z-]+| de [a-z-]+| d'[a-z-]+){0,2} (?:l'|le |la )?⟦ORG#(?<k>\\d+)⟧`, 'g'),
    // "a Finnish mining cluster, NordMine", "the Japanese maker X"
    new RegExp(`(?<![a-z])(?:an?|the) ${dem}(?![a-z])(?: [a-z-]+){0,2} ${kind},? ⟦ORG#(?<k>\\d+)⟧`, 'g'),
    // "Vireo, une PME lavalloise", "Géonet, la firme gatinoise de …"
    new RegExp(`⟦ORG#(?<k>\\d+)⟧, (?:un|une|le|la|l')\\s*(?:[a-z-]+ ){0,3}?${kind} ${dem}(?![a-z])`, 'g'),
  ];
});

export function demonymPlaces(ctx: Context): Fact[] {
  const out: Fact[] = [];
  const places = new Map<string, string>();
  for (const e of ctx.a.entities) if (e.type === 'LOC') for (const n of [e.name, ...e.aliases]) places.set(foldText(n), e.id);
  if (places.size === 0) return out;
  const [kindFirst, english, orgFirst] = patterns();
  const en = ctx.a.doc.lang === 'en';
  for (const m of ctx.masked) {
    if (!m.slots.some((s) => s.kind === 'ORG') || !namesDemonym(m.text)) continue;
    for (const re of en ? [kindFirst!, english!, orgFirst!] : [kindFirst!, orgFirst!]) {
      re.lastIndex = 0;
      for (const hit of m.text.matchAll(re)) {
        const org = m.slots[Number(hit.groups!.k)];
        const place = places.get(table().get(hit.groups!.dem!) ?? '');
        if (org?.kind === 'ORG' && org.entity && place) out.push(makeFact('located', { org: org.entity, place }, evidence(ctx, m.index, 'located.demonym')));
      }
    }
  }
  return out;
}
