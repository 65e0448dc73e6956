import type { Token } from '../nlp/tokenize.js';
import type { Analysis } from './analysis.js';
import { foldText } from './fold-map.js';
import { headAnaphors } from './coref-heads.js';
import { collectDescriptors, grammarClass, lookupNoun, nounTable, type Noun } from './coref-nouns.js';
import type { EntityType, Mention } from './model.js';

/**
 * Anaphoric noun phrases: "l'organisme", "la coopérative", "the company", "cette dernière".
 * The recognizer links names ("M. D'Astous"); this links the common nouns, each to the entity
 * it most plausibly repeats, and returns them as extra mentions (rule "coref:<noun>").
 */
export interface CorefContext {
  a: Analysis;
  nouns: ReadonlyMap<string, Noun>;
  /** Entity id → families of the nouns the text uses to describe it ("la firme X" → company). */
  descriptors: Map<string, Set<string>>;
  prepositions: ReadonlySet<string>;
}

export function corefContext(a: Analysis): CorefContext {
  const nouns = nounTable();
  return { a, nouns, descriptors: collectDescriptors(a, nouns), prepositions: grammarClass('prep') };
}

const PRENOMINAL = new Set(['nouveau', 'nouvel', 'nouvelle', 'futur', 'future', 'meme', 'jeune']);

const isCapitalized = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

export function isSubject(ctx: CorefContext, m: Mention): boolean {
  const s = ctx.a.sentences[m.sentence];
  const prev = s?.tokens.filter((t) => t.end <= m.start).at(-1);
  return !prev || !ctx.prepositions.has(foldText(prev.text));
}

/** The anaphors of the document, resolved, sorted by start. */
export function resolveAnaphors(a: Analysis): Mention[] {
  const ctx = corefContext(a);
  const definite = grammarClass('definite');
  const found: Mention[] = [];
  a.sentences.forEach((s, si) => {
    const toks = s.tokens;
    const here = a.mentions.filter((m) => m.end > s.start && m.start < s.end);
    const inMention = (t: Token) => here.some((m) => m.start <= t.start && t.end <= m.end);
    for (let k = 0; k < toks.length; k++) {
      const demo = demonstrative(toks, k);
      if (demo) {
        const target = resolve(ctx, found, si, toks[k]!.start, null, ['PER', 'ORG']);
        if (target) found.push(anaphor(a, toks[k]!, toks[k + demo - 1]!, target, si, 'demonstrative'));
        k += demo - 1;
        continue;
      }
      // Determiners are short: fold only those.
      if (toks[k]!.text.length > 6 || !definite.has(foldText(toks[k]!.text)) || inMention(toks[k]!)) continue;
      let j = k + 1;
      if (a.doc.lang === 'en') while (j < k + 3 && toks[j] && /^\p{Ll}/u.test(toks[j]!.text) && !lookupNoun(toks, j, ctx.nouns)) j++;
      // "la nouvelle organisation", "le futur centre": a French adjective before the noun.
      if (a.doc.lang !== 'en' && toks[j] && PRENOMINAL.has(foldText(toks[j]!.text)) && lookupNoun(toks, j + 1, ctx.nouns)) j++;
      let hit = lookupNoun(toks, j, ctx.nouns);
      // English heads come last: "the non-profit centre" is a centre.
      while (hit && a.doc.lang === 'en' && lookupNoun(toks, j + hit.len, ctx.nouns)) {
        j += hit.len;
        hit = lookupNoun(toks, j, ctx.nouns);
      }
      if (!hit || inMention(toks[j]!)) continue;
      const next = toks[j + hit.len];
      if (next && (a.mentions.some((m) => m.start === next.start) || (isCapitalized(next) && !isCapitalized(toks[j])))) continue;
      if (leadsToName(a, toks, j + hit.len, ctx.prepositions)) continue;
      if (isApposition(a, toks, k, hit.info.type)) continue;
      const target = resolve(ctx, found, si, toks[k]!.start, hit.info, [hit.info.type]);
      // The span leaves the determiner out, so "du studio" reads "du ⟦ORG⟧" like a name would.
      if (target) found.push(anaphor(a, toks[k + 1]!, toks[j + hit.len - 1]!, target, si, hit.noun));
      k = j + hit.len - 1;
    }
  });
  return [...found, ...headAnaphors(a, found)].sort((x, y) => x.start - y.start);
}

let demonstratives: ReadonlySet<string> | undefined;
function demonstrative(toks: Token[], k: number): number {
  const list = (demonstratives ??= grammarClass('demonstrative'));
  if (!/^(?:ce|cet|cette|celle|celui|the)/i.test(toks[k]!.text)) return 0;
  for (let n = 2; n >= 1; n--) {
    const phrase = foldText(toks.slice(k, k + n).map((t) => t.text).join(' '));
    if (list.has(phrase)) return n;
  }
  return 0;
}

/**
 * "la firme de logiciels Web et mobiles Vertex": a descriptive noun phrase running into a name,
 * through "de", "et" and modifiers only (a preposition like "avec" or a comma ends it).
 */
function leadsToName(a: Analysis, toks: Token[], from: number, preps: ReadonlySet<string>): boolean {
  for (let i = from; i < Math.min(toks.length, from + 7); i++) {
    const t = toks[i]!;
    if (a.mentions.some((m) => m.start === t.start && m.type === 'ORG')) return i > from;
    const w = foldText(t.text);
    if (!/[\p{L}]/u.test(t.text)) return false;
    if (preps.has(w) && !['de', 'du', 'des', "d'"].includes(w)) return false;
  }
  return false;
}

/** "Technopôle Vallée, l'organisme de …": a description of the name just before, not a reference. */
function isApposition(a: Analysis, toks: Token[], k: number, type: EntityType): boolean {
  const comma = toks[k - 1];
  // "Fondée à Val-d'Or, l'entreprise …": a place before the comma is no name the noun describes.
  return comma?.text === ',' && a.mentions.some((m) => m.end === toks[k - 2]?.end && m.type !== 'PER' && (m.type === type || m.type !== 'LOC'));
}

function anaphor(a: Analysis, first: Token, last: Token, target: Mention, sentence: number, noun: string): Mention {
  const text = a.doc.text.slice(first.start, last.end);
  return { start: first.start, end: last.end, text, type: target.type, sentence, rule: `coref:${noun}`, entity: target.entity };
}

/**
 * The antecedent: the nearest earlier mention whose entity the text already described with the
 * same kind of noun; else, sentence by sentence going back, the subject first, then the nearest,
 * skipping entities described with a conflicting noun ("l'organisme" is not "l'accélérateur").
 */
function resolve(ctx: CorefContext, anaphors: Mention[], si: number, at: number, noun: Noun | null, types: EntityType[]): Mention | null {
  const pool = [...ctx.a.mentions, ...anaphors]
    .filter((m) => m.entity && types.includes(m.type) && m.start < at && m.sentence >= si - 5 && !inPersonApposition(ctx.a, m, at))
    .sort((x, y) => y.start - x.start);
  if (noun && noun.family !== 'generic') {
    const same = pool.find((m) => ctx.descriptors.get(m.entity!)?.has(noun.family) && m.sentence >= si - 8);
    if (same) return same;
  }
  const conflicts = (m: Mention) => {
    if (!noun || noun.family === 'generic') return false;
    const fams = ctx.descriptors.get(m.entity!);
    return !!fams && fams.size > 0 && !fams.has(noun.family);
  };
  if (noun?.family === 'generic' && !pool.some((m) => m.sentence === si)) {
    const salient = mostSalient(ctx, pool.filter((m) => m.sentence >= si - 2), at, anaphors);
    if (salient) return salient;
  }
  for (let s = si; s >= si - 5; s--) {
    let here = pool.filter((m) => m.sentence === s && !conflicts(m));
    // In its own sentence, a noun repeats a subject, not a complement: "Grâce à un appui de X, l'organisme …" is not X.
    if (s === si && noun?.type === 'ORG') here = here.filter((m) => !isComplement(ctx, m));
    if (!here.length) continue;
    if (s === si || noun?.type !== 'ORG') return here[0]!;
    const subject = [...here].reverse().find((m) => isSubject(ctx, m));
    return subject ?? here[0]!;
  }
  return null;
}

/**
 * "l'organisme" most often means the organization the article is about: of the recent
 * candidates, the one the text has named most so far (the nearest on a tie).
 */
function mostSalient(ctx: CorefContext, candidates: Mention[], at: number, anaphors: Mention[]): Mention | undefined {
  // Counted in sentences, not mentions: "Réseau Boréal des technologies (RBT)" is one.
  const named = (id: string) => new Set([...ctx.a.mentions, ...anaphors].filter((m) => m.entity === id && m.start < at).map((m) => m.sentence)).size;
  let best: Mention | undefined;
  for (const m of candidates) if (!best || named(m.entity!) > named(best.entity!)) best = m;
  return best;
}

/**
 * "Nathalie Roy, associée chez Capital Nord, entre au conseil de l'entreprise": an organization
 * inside a person's apposition describes the person; the sentence's noun means another one.
 */
function inPersonApposition(a: Analysis, m: Mention, at: number): boolean {
  if (m.type !== 'ORG') return false;
  const person = a.mentions.find((p) => p.type === 'PER' && p.sentence === m.sentence && p.end < m.start && /^\s*,\s[^,;.]{0,60}$/.test(a.doc.text.slice(p.end, m.start)));
  return !!person && /^[^,;.]{0,20},/.test(a.doc.text.slice(m.end, at));
}

const COMPLEMENT = new Set(['de', 'du', 'des', "d'", 'par', 'avec', 'of', 'by', 'from', 'with']);
/** "un appui de X", "mené par X", "with X": a complement, never what the sentence's noun repeats ("Pour X, l'entreprise …" is). */
function isComplement(ctx: CorefContext, m: Mention): boolean {
  const s = ctx.a.sentences[m.sentence];
  const before = s?.tokens.filter((t) => t.end <= m.start) ?? [];
  let k = before.length - 1;
  if (k >= 0 && ['le', 'la', 'les', "l'", 'l’', 'the'].includes(before[k]!.text.toLowerCase())) k--;
  if (k < 0 || !COMPLEMENT.has(foldText(before[k]!.text).replace('’', "'"))) return false;
  // "Le siège social de la CNLL sera à Saint-Jérôme, mais l'organisation …": the complement of the
  // sentence's opening noun phrase is its topic.
  const opening = k <= 4 && ['le', 'la', 'les', "l'", 'l’', 'the'].includes(before[0]!.text.toLowerCase()) && ['de', 'du', 'des', "d'", 'of'].includes(foldText(before[k]!.text).replace('’', "'"));
  return !opening;
}
