import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lexicons, lexKey } from '../../nlp/lexicons.js';
import { lazy, makeFact, runRules } from '../fact.js';
import { MARKER } from '../masked.js';
import type { Fact } from '../model.js';
import { hits, rule, type Hit } from '../pattern.js';
import { isGoverned, subjectSlot } from '../subjects.js';
import type { Slot } from '../slots.js';
import { hasTrigger, loadTriggers } from '../triggers.js';

/**
 * part_of: an organization belongs to, is attached to, or is run by another; an event is held
 * within a bigger one. "rattaché au Cégep de Lévis", "L'université opère son incubateur, le Nid",
 * "the accelerator run by Dalhousie University", "a research institute of the University of
 * X", "un défi présenté dans le cadre du Salon", "La Semaine X comprenait … le Sommet Y".
 */
const rules = lazy(() => {
  const t = loadTriggers('part-of');
  return [
    rule('attached', '{ORG:child}{LOOSE:70}{T:attached} {LOOSE:10}{ORG:parent}', t),
    // "X relève depuis 2009 du Groupe Y"
    rule('reports-to', '{ORG:child} {T:reports} (?:depuis {DATE} |since {DATE} )?(?:de|du|d\'|des|to) {ORG:parent}', t),
    // "Créé en 2012 et rattaché à l'université X, l'Institut regroupe …"
    rule('attached-first', '^{LOOSE:40}{T:attached} {ORG:parent}{ANY:60}, {DESC}{ORG:child}', t),
    rule('operates', '{ORG:parent}{LOOSE:40}{T:operates}(?! par\\b| by\\b) {LOOSE:50}{ORG:child}', t),
    // "Nova Tremplin, un accélérateur qu'il opérera": the parent is the sentence's subject
    rule('operated-relative', "{ORG:child}, (?:un|une|a|an) {NP:40}(?:qu'il|qu'elle|that it|which it) {T:operates}", t),
    rule('run-by', "{ORG:child}, (?:the |le |la |l'|un |une |a |an )?{NP:50}{T:runby} (?:the [a-z]+'s )?{ORG:parent}", t),
    rule('unit-of', "{ORG:child}, (?:un|une|a|an|la|le|l'|the) (?:[a-z-]+ ){0,2}{T:unit}(?: [a-z'-]+){0,3} (?:de|du|d'|of|at) {ORG:parent}", t),
    rule('is-unit-of', "{ORG:child} (?:est|is|was|etait|deviendra|devient|sera|becomes|will become) (?:une?|a|an|la|le|l'|the) (?:[a-z-]+ ){0,2}{T:unit}(?: [a-z-]+){0,3} (?:de|du|d'|of) {ORG:parent}", t),
    // "Elle deviendra une division de X": the organization of the sentence before
    rule('pronoun-unit-of', "^(?:elle|il|it) (?:est|is|deviendra|devient|sera|becomes|will become) (?:une?|a|an) (?:[a-z-]+ ){0,2}{T:unit}(?: [a-z-]+){0,3} (?:de|du|d'|of) {ORG:parent}", t),
    rule('at-the', '{ORG:child} at the {ORG:parent}', t),
    // "Filiale du groupe Océanova, …, Marégraphe conserve …"
    rule('unit-first', "^{T:unit} (?:de|du|d'|des|of) {DESC}{ORG:parent}{ANY:80}, {DESC}{ORG:child}", t),
    rule('event-within', '{EVENT:child}{LOOSE:60}{T:within} {EVENT:parent}', t),
    // "Kilowattch will operate as a Voltiq subsidiary", "X fonctionnera comme une filiale de Y"
    rule('operates-as', "{ORG:child}{LOOSE:40}{T:operates-as} (?:an? )?{ORG:parent}(?:'s)? (?:subsidiary|division|unit)", t),
    rule('operates-as-fr', "{ORG:child}{LOOSE:40}{T:operates-as} (?:une? )?(?:filiale|division|unite) (?:de|du|d') {ORG:parent}", t),
    // "la Faculté de médecine de l'Université de Montréal": a unit's name, then its parent's
    rule('unit-name-of', "{ORG:child} (?:de|du|d'|of) {ORG:parent}"),
  ];
});

// "unit-of" is an apposition ("X, une composante de Y"): it describes the name right before it,
// whatever governs that name, so it is not in this set.
const CHILD_IS_HEAD = new Set(['attached', 'run-by', 'is-unit-of']);

export function extractPartOf(ctx: Context): Fact[] {
  const found = runRules(ctx, 'part_of', rules(), (h) => {
    const parent = h.slots.parent ?? (h.rule === 'operated-relative' ? subjectSlot(h.masked, ['ORG'], h.start) : undefined);
    const child = h.slots.child ?? (h.rule === 'pronoun-unit-of' ? otherOrgBefore(ctx, h.masked.index, parent?.entity) : undefined);
    if (!parent?.entity || !child?.entity || parent.entity === child.entity) return null;
    if (h.rule === 'unit-name-of' && !isUnitName(child.text)) return null;
    // "le programme X du ministère, administré par la Banque Y": the participle is not the complement's
    // (unless an apposition describes the complement: "piloté par X, le centre rattaché au cégep").
    if (CHILD_IS_HEAD.has(h.rule) && isGoverned(h.masked, child) && !describedBy(h)) return null;
    // "La Semaine X comprenait trois jours, dont deux durant le Sommet Y": the other way round.
    if (h.rule === 'event-within' && hasTrigger(loadTriggers('part-of'), 'includes', h.masked.text.slice(h.start, h.end))) return null;
    return { child: child.entity, parent: parent.entity };
  });
  return [...found, ...eventParts(ctx)];
}

const includesRule = lazy(() => rule('includes', '{EVENT:parent} {GAP:20}{T:includes}', loadTriggers('part-of')));

/** "La Semaine X comprenait trois jours, dont … le Sommet Y …, le Forum Z et le Défi W": every event the paragraph names after. */
function eventParts(ctx: Context): Fact[] {
  const out: Fact[] = [];
  const includes = includesRule();
  for (const m of ctx.masked) {
    for (const h of hits(includes, m, ctx.text)) {
      const parent = h.slots.parent!.entity;
      const line = ctx.lines[ctx.lineOf[m.index]!]!;
      for (const si of line.sentences.filter((i) => i >= m.index)) {
        const s = ctx.masked[si]!;
        for (const hit of s.text.matchAll(MARKER)) {
          const slot = s.slots[Number(hit[2])]!;
          if (slot.kind !== 'EVENT' || (si === m.index && hit.index! < h.end) || slot.entity === parent) continue;
          out.push(makeFact('part_of', { child: slot.entity, parent }, evidence(ctx, si, 'part_of.event-includes')));
        }
      }
    }
  }
  return out;
}

/** "par X, le centre collégial rattaché au cégep": the words after the child are its apposition. */
function describedBy(h: Hit): boolean {
  const k = h.masked.slots.indexOf(h.slots.child!);
  const at = h.masked.text.indexOf(`⟦ORG#${k}⟧`);
  const after = h.masked.text.slice(at).replace(/^⟦ORG#\d+⟧/, '');
  return /^, (?:le|la|l'|les|un|une|the|a|an)\b[^,⟦⟧]*$/.test(after.slice(0, h.end - at).replace(/(?:rattache|affilie|attached|affiliated|run|opere|exploite|gere|administre|pilote)[\s\S]*$/, ''));
}

/**
 * "Vireo acquiert Datacime. Elle deviendra une division de Vireo": the sentence before's subject, else its
 * last other organization ("Datacime appartenait au Groupe X. Elle deviendra …" is Datacime).
 */
function otherOrgBefore(ctx: Context, si: number, parent: string | undefined): Slot | undefined {
  const before = ctx.masked[si - 1];
  if (!before) return undefined;
  const subject = subjectSlot(before, ['ORG']);
  if (subject?.entity && subject.entity !== parent && before.text.startsWith(`⟦ORG#${before.slots.indexOf(subject)}⟧`)) return subject;
  return before.slots.filter((s) => s.kind === 'ORG' && s.entity && s.entity !== parent).at(-1);
}

const UNIT_HEADS = new Set(['unit', 'institute', 'centre', 'lab']);

/** Does the name open on the head of a unit ("Faculté", "Chaire", "Centre de recherche", "Laboratoire")? */
function isUnitName(name: string): boolean {
  const words = name.split(/\s+/);
  const heads = lexicons().orgHeads;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const type = heads.get(lexKey(words.slice(0, n).join(' ')));
    if (type) return UNIT_HEADS.has(type);
  }
  return false;
}
