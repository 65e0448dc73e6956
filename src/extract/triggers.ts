import { readRows, defaultLexiconDir } from '../nlp/lexicons.js';
import { foldText } from './fold-map.js';

/**
 * Trigger words of the fact rules, as data: data/lexicons/fact-<name>.txt, one
 * `class <TAB> phrase` per line ("receive	obtient"). Phrases are folded like the masked text;
 * a phrase ending in "*" is a stem ("rattach*" is "rattaché", "rattachée", "rattachés"…).
 */
export type Triggers = ReadonlyMap<string, readonly string[]>;

const cache = new Map<string, Triggers>();
/** Located once: finding it walks the disk, and rules ask for their triggers on every document. */
let defaultDir: string | undefined;

export function loadTriggers(name: string, dir?: string): Triggers {
  dir ??= defaultDir ??= defaultLexiconDir();
  const key = `${dir}|${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const table = new Map<string, string[]>();
  for (const { cols } of readRows(dir, `fact-${name}.txt`, 2, 2)) {
    const list = table.get(cols[0]!) ?? [];
    list.push(foldText(cols[1]!));
    table.set(cols[0]!, list);
  }
  cache.set(key, table);
  return table;
}

const sources = new WeakMap<Triggers, Map<string, string>>();

/** A regex alternation of a class's phrases, longest first, whole words only (built once per class). */
export function triggerSource(triggers: Triggers, cls: string): string {
  const byClass = sources.get(triggers) ?? sources.set(triggers, new Map()).get(triggers)!;
  const known = byClass.get(cls);
  if (known !== undefined) return known;
  const source = buildSource(triggers, cls);
  byClass.set(cls, source);
  return source;
}

function buildSource(triggers: Triggers, cls: string): string {
  const phrases = triggers.get(cls);
  if (!phrases?.length) throw new Error(`no trigger class "${cls}"`);
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => {
    const stem = p.endsWith('*');
    const body = (stem ? p.slice(0, -1) : p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return stem ? `${body}[a-z]*` : body;
  });
  return `(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`;
}

const compiled = new WeakMap<Triggers, Map<string, RegExp>>();

/** Does the folded text contain one of the class's phrases? (Each class compiles once.) */
export function hasTrigger(triggers: Triggers, cls: string, folded: string): boolean {
  const byClass = compiled.get(triggers) ?? compiled.set(triggers, new Map()).get(triggers)!;
  const re = byClass.get(cls) ?? byClass.set(cls, new RegExp(triggerSource(triggers, cls))).get(cls)!;
  return re.test(folded);
}
