import { lexKey, lexicons, matchLongest } from '../nlp/lexicons.js';
import type { Token } from '../nlp/tokenize.js';
import type { Slot } from './slots.js';

/**
 * Job titles of a sentence, from the titles lexicon, longest first: "présidente-directrice
 * générale", "président du conseil d'administration", "chief executive officer". Words inside
 * an entity mention are never a title ("Anne Roy designer graphique" names a firm).
 */
export function findTitles(tokens: Token[], docText: string, blocked: (start: number, end: number) => boolean): Slot[] {
  const { titles } = lexicons();
  const firsts = firstWords(titles);
  const words = tokens.map((t) => t.text);
  const out: Slot[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "l'ex-directrice générale": the tokenizer keeps "ex-directrice" whole; the title starts after "ex-".
    const ex = EX.exec(words[i]!)?.[0].length ?? 0;
    const first = ex ? words[i]!.slice(ex) : words[i]!;
    if (!firsts.has(firstKey(first))) continue;
    // "s'associe", "nous associons": a verb, not the title "associé".
    if (REFLEXIVE.has(words[i - 1]?.toLowerCase().replace('’', "'") ?? '')) continue;
    const seq = ex ? [...words.slice(0, i), first, ...words.slice(i + 1)] : words;
    let hit = matchLongest(seq, i, titles);
    if (!hit) continue;
    // "titulaire de la Chaire X": when the longest title runs into a name, a shorter one may still stand.
    while (hit && hit.len > 1 && blocked(tokens[i]!.start + ex, tokens[i + hit.len - 1]!.end)) hit = matchLongest(seq, i, titles, hit.len - 1);
    if (!hit) continue;
    // "head office", "head count": the word is no title there.
    if (NOT_AFTER.has(words[i + hit.len]?.toLowerCase() ?? '')) continue;
    const start = tokens[i]!.start + ex;
    const end = tokens[i + hit.len - 1]!.end;
    if (blocked(start, end)) continue;
    out.push({ kind: 'TITLE', start, end, text: docText.slice(start, end), title: { code: hit.value } });
    i += hit.len - 1;
  }
  return out;
}

const EX = /^ex[-‑–]/i;
const NOT_AFTER = new Set(['office', 'offices', 'quarters', 'count', 'start']);
const REFLEXIVE = new Set(["s'", 'se', 'nous', 'vous', 'je', "j'", 'il', 'elle', 'ils', 'elles', 'on']);

/** The first words of the titles: a token that opens none cannot open a title (a cheap pre-check). */
let firstsCache: { table: ReadonlyMap<string, string>; set: Set<string> } | undefined;
function firstWords(titles: ReadonlyMap<string, string>): Set<string> {
  if (firstsCache?.table !== titles) firstsCache = { table: titles, set: new Set([...titles.keys()].map((k) => k.split(' ')[0]!)) };
  return firstsCache.set;
}

/** A token's first key word, remembered: most tokens of an article recur ("de", "la", names). */
const keys = new Map<string, string>();
function firstKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(word, (key = lexKey(word).split(' ')[0]!));
  }
  return key;
}
