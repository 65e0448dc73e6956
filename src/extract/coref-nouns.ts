import type { Token } from '../nlp/tokenize.js';
import type { Analysis } from './analysis.js';
import { foldText } from './fold-map.js';
import type { EntityType } from './model.js';
import { loadTriggers, type Triggers } from './triggers.js';

/**
 * The nouns anaphors are made of (data/lexicons/fact-anaphors.txt) and the descriptions the
 * text gives of each entity ("la firme Vertex", "Nova Tremplin, un accélérateur"), which tell
 * "l'accélérateur" and "la firme" apart when both could refer back.
 */
export interface Noun { type: EntityType; family: string }

// Both built once per trigger table (not per document): callers only read them.
const classes = new WeakMap<Triggers, Map<string, ReadonlySet<string>>>();
export function grammarClass(c: string): ReadonlySet<string> {
  const t = loadTriggers('grammar');
  const byClass = classes.get(t) ?? classes.set(t, new Map()).get(t)!;
  return byClass.get(c) ?? byClass.set(c, new Set(t.get(c) ?? [])).get(c)!;
}

const tables = new WeakMap<Triggers, ReadonlyMap<string, Noun>>();
export function nounTable(): ReadonlyMap<string, Noun> {
  const anaphors = loadTriggers('anaphors');
  const known = tables.get(anaphors);
  if (known) return known;
  const table = new Map<string, Noun>();
  // The loader reads `class<TAB>phrase`: here the class column is the noun, the phrase "TYPE:family".
  for (const [noun, [spec]] of anaphors) {
    const [type, family] = spec!.split(':') as [string, string];
    table.set(foldText(noun), { type: type.toUpperCase() as EntityType, family });
  }
  tables.set(anaphors, table);
  return table;
}

/** The longest noun of the table starting at token k ("jeune pousse", "société d'État"). */
export function lookupNoun(tokens: Token[], k: number, nouns: ReadonlyMap<string, Noun>): { len: number; noun: string; info: Noun } | null {
  for (let n = 3; n >= 1; n--) {
    if (k + n > tokens.length) continue;
    const phrase = foldText(tokens.slice(k, k + n).map((t) => t.text).join(' ').replace(/ '/g, "'").replace(/' /g, "'"));
    const info = nouns.get(phrase);
    if (info) return { len: n, noun: phrase, info };
  }
  return null;
}

/** Entity id → families of the nouns describing it: its name's head, a noun before, an apposition after. */
export function collectDescriptors(a: Analysis, nouns: ReadonlyMap<string, Noun>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string | undefined, family: string) => {
    if (!id || family === 'generic') return;
    (out.get(id) ?? out.set(id, new Set()).get(id)!).add(family);
  };
  for (const e of a.entities) {
    const first = nouns.get(foldText(e.name.split(/\s+/)[0] ?? ''));
    if (first && first.type === e.type) add(e.id, first.family);
    // English heads come last: "Lennoxville Venture Lab" is a lab.
    const last = a.doc.lang === 'en' ? nouns.get(foldText(e.name.split(/\s+/).at(-1) ?? '')) : undefined;
    if (last && last.type === e.type) add(e.id, last.family);
  }
  for (const m of a.mentions) {
    const s = a.sentences[m.sentence];
    if (!s) continue;
    const k = s.tokens.findIndex((t) => t.start >= m.start);
    const before = s.tokens.slice(Math.max(0, k - 3), k < 0 ? undefined : k);
    for (let j = 0; j < before.length; j++) {
      const hit = lookupNoun(before, j, nouns);
      if (hit && hit.info.type === m.type && j + hit.len >= before.length - 1) add(m.entity, hit.info.family);
    }
    const after = s.tokens.filter((t) => t.start >= m.end).slice(0, 5);
    // English puts the noun after the name: "the Restaurants Canada association"
    const tail = a.doc.lang === 'en' ? lookupNoun(after, 0, nouns) : null;
    if (tail && tail.info.type === m.type) add(m.entity, tail.info.family);
    if (after[0]?.text === ',' && /^(un|une|a|an|le|la|l'|the)$/i.test(foldText(after[1]?.text ?? ''))) {
      for (let j = 2; j < after.length; j++) {
        const hit = lookupNoun(after, j, nouns);
        if (hit && hit.info.type === m.type) { add(m.entity, hit.info.family); break; }
      }
    }
  }
  return out;
}
