/**
 * Entities from grouped mentions: the type by weighted vote of the rules that found them, the name
 * as the fullest form, the other forms as aliases ("ADTQ", "incubateur Le Phare"), ids e1, e2…
 * in order of first mention. A group made only of weak mentions (a bare "le Centre") is dropped.
 */
import type { Entity, EntityType, Mention } from '../../extract/model.js';
import { TIER, weight } from './candidate.js';
import type { Draft } from './corefer.js';
import { foldKey } from './keys.js';

export function buildEntities(drafts: Draft[], groups: number[]): { mentions: Mention[]; entities: Entity[] } {
  const members = new Map<number, Draft[]>();
  drafts.forEach((d, i) => {
    const list = members.get(groups[i]!) ?? [];
    list.push(d);
    members.set(groups[i]!, list);
  });
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const list of [...members.values()].sort((a, b) => a[0]!.start - b[0]!.start)) {
    if (list.every((d) => d.c.tier === TIER.weak)) continue;
    const type = vote(list);
    const id = `e${entities.length + 1}`;
    const ms = list.map((d): Mention => ({
      start: d.start, end: d.end, text: d.text, type, sentence: d.c.s, rule: d.c.rule, entity: id,
    }));
    const name = fullest(list);
    entities.push({ id, type, name, aliases: aliases(list, name, type), mentions: ms });
    mentions.push(...ms);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

function vote(list: Draft[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const d of list) {
    score.set(d.c.type, (score.get(d.c.type) ?? 0) + weight(d.c));
    for (const v of d.c.votes ?? []) score.set(v.type, (score.get(v.type) ?? 0) + v.weight);
  }
  return [...score].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The form with the most content words, then the longest; for a person, a form with a first name. */
function fullest(list: Draft[]): string {
  const best = [...list].sort((a, b) => b.words.length - a.words.length || b.text.length - a.text.length || a.start - b.start)[0]!;
  return best.text;
}

function aliases(list: Draft[], name: string, type: EntityType): string[] {
  const seen = new Set([foldKey(name)]);
  const out: string[] = [];
  const add = (form: string) => {
    const key = foldKey(form);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push(form);
  };
  for (const d of list) {
    if (type === 'PER' && d.words.length < 2) continue;
    add(d.text);
    for (const a of d.c.aliases ?? []) add(a);
  }
  return out;
}
