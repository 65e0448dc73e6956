import { lexicons } from '../nlp/lexicons.js';
import { sourceText, type Masked } from './masked.js';
import { anchorLookbehind } from './pattern-anchor.js';
import { meetsNeeds, patternNeeds, type Needs } from './pattern-needs.js';
import type { Slot } from './slots.js';
import { loadTriggers, triggerSource, type Triggers } from './triggers.js';

/**
 * Rule patterns: regular expressions over a masked sentence, written with macros so they read
 * like the phrase they catch. `{ORG:to}` is an organization slot captured as `to` (an optional
 * "l'", "le", "la", "the" before it); `{ORG|LOC:place}` either type; `{MONEY:amount}`, `{DATE}`,
 * `{COUNT}`, `{TITLE}`, `{ENT}` (any entity); `{T:receive}` a trigger class of the fact's
 * lexicon (a sentence without any of a rule's `{T:…}` words is skipped; `{T?:…}` marks a
 * trigger the rule can match without); `{GAP}` / `{GAP:n}` up to 60 / n characters without crossing a slot; `{ANY:n}` up to
 * n characters, slots included; `{LOOSE:n}` likewise but never across an organization or a
 * person (so it cannot skip the argument a rule looks for); `{SKIP:n}` may cross organizations,
 * never a person; `{R:name}` a raw regex fragment passed to `rule()`; `{NP:n}` a noun phrase's worth of
 * words (no comma, relative pronoun or slot but a count or a place: "une équipe de 12 développeurs de");
 * `{DESC}` an optional descriptive noun before a name ("la firme ", "l'incubateur "); `{DE}` "de|du|des|d'", `{A}` "à|au|aux". Plain words match
 * whole words; a space matches any spacing (or none: "l'⟦ORG#1⟧").
 */
export interface Hit {
  rule: string;
  masked: Masked;
  start: number;
  end: number;
  slots: Record<string, Slot>;
  texts: Record<string, string>;
}

const SLOT = /^(ORG|PER|LOC|EVENT|PROGRAM|MONEY|DATE|COUNT|TITLE|ENT)(?:\|(?:ORG|PER|LOC|EVENT|PROGRAM))*$/;
/** "Dre Inès Caron": a person's slot may follow an honorific the recognizer left out. */
let honorificSource: string | undefined;
function honorifics(): string {
  return (honorificSource ??= [...lexicons().personPrefixes].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|'));
}

const ARTICLE = "(?:(?:l'|le |la |les |the )\\s*)?";

function macro(body: string, triggers: Triggers | undefined, slotNames: Set<string>, raw: Record<string, string>, used: string[]): string {
  const [head, name] = body.split(':') as [string, string | undefined];
  if (head === 'R') {
    if (!name || raw[name] === undefined) throw new Error(`no raw fragment "${name}"`);
    return raw[name]!;
  }
  if (head === 'T' || head === 'T?') {
    if (!triggers || !name) throw new Error(`{T:…} needs a trigger table and a class`);
    const source = triggerSource(triggers, name);
    if (head === 'T') used.push(source);
    return source;
  }
  if (head === 'GAP') return `[^⟦⟧]{0,${name ?? 60}}?`;
  if (head === 'ANY') return `.{0,${name ?? 120}}?`;
  if (head === 'SKIP') return `(?:[^⟦⟧]|⟦(?!PER)[A-Z]+#\\d+⟧){0,${name ?? 80}}?`;
  if (head === 'LOOSE') return `(?:[^⟦⟧]|⟦(?!ORG|PER)[A-Z]+#\\d+⟧){0,${name ?? 60}}?`;
  if (head === 'NP') return `(?:(?!\\b(?:qui|que|dont|which|that|who)\\b)(?:[^⟦⟧,;:()]|⟦(?:COUNT|LOC)#\\d+⟧)){0,${name ?? 40}}?`;
  if (head === 'DESC') return `(?:(?:l'|le |la |the )?${triggerSource(loadTriggers('grammar'), 'descriptor')}(?: [a-z]+| d'[a-z]+| de [a-z]+){0,2} )?`;
  if (head === 'DE') return "(?<![a-z])(?:de|du|des|d')(?![a-z])";
  if (head === 'A') return '(?<![a-z])(?:a|au|aux)(?![a-z])';
  if (!SLOT.test(head)) throw new Error(`unknown macro {${body}}`);
  const kinds = head === 'ENT' ? 'ORG|PER|LOC|EVENT|PROGRAM' : head;
  const index = name ? `(?<${name}>\\d+)` : '\\d+';
  if (name) slotNames.add(name);
  const entity = !/MONEY|DATE|COUNT|TITLE/.test(head);
  const honorific = /PER|ENT/.test(head) ? `(?:(?:${honorifics()})\\.? )?` : '';
  return `${entity ? ARTICLE : ''}${honorific}⟦(?:${kinds})#${index}⟧`;
}

/** Compiles a pattern; throws on an unknown macro or trigger class (a typo in a rule). */
export function compile(pattern: string, triggers?: Triggers, raw: Record<string, string> = {}): { re: RegExp; scan: RegExp; slotNames: Set<string>; gate: RegExp | null; needs: Needs } {
  const slotNames = new Set<string>();
  const used: string[] = [];
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '{' && /[A-Z]/.test(pattern[i + 1] ?? '')) {
      const close = pattern.indexOf('}', i);
      out += macro(pattern.slice(i + 1, close), triggers, slotNames, raw, used);
      i = close + 1;
    } else if (c === '\\') {
      const m = /^\\[pP]\{[^}]+\}|^\\./.exec(pattern.slice(i))!;
      out += m[0];
      i += m[0].length;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const m = /^\(\?(?:<[a-zA-Z]\w*>|<=|<!|[:=!])/.exec(pattern.slice(i))!;
      out += m[0];
      i += m[0].length;
    } else if (c === '[') {
      const m = /^\[(?:\\.|[^\]])*\]/.exec(pattern.slice(i))!;
      out += m[0];
      i += m[0].length;
    } else if (/[a-z']/.test(c)) {
      // A quantifier right after a word applies to its last letter ("an?"), inside the boundaries.
      const [word, quant = ''] = /^([a-z'-]+)([?*+]|\{\d+(?:,\d*)?\})?/.exec(pattern.slice(i))!.slice(1) as [string, string?];
      out += `${/[a-z]/.test(word[0]!) ? '(?<![a-z0-9])' : ''}${word}${quant}${/[a-z]$/.test(word) ? '(?![a-z0-9])' : ''}`;
      i += word.length + quant.length;
    } else if (c === ' ') {
      while (pattern[i] === ' ') i++;
      out += '\\s*';
    } else {
      out += c;
      i++;
    }
  }
  // A sentence without any of the rule's trigger words cannot match: skip it cheaply.
  // Likewise a sentence without the slots the rule needs ("{PER} … {TITLE} … {ORG}").
  const source = anchorLookbehind(out);
  const flags = regexFlags(source);
  return { re: new RegExp(source, flags), scan: new RegExp(source, flags.replace(/[gd]/g, '')), slotNames, gate: used.length ? sharedGate(used.join('|')) : null, needs: patternNeeds(out) };
}

/**
 * Unicode mode only where the source needs it (\p{…}, \u{…}): masked text is folded to lower
 * case without accents, so code units suffice, and V8 runs non-unicode regexes about twice as fast.
 */
function regexFlags(source: string): string {
  return /\\[pP]\{|\\u\{/.test(source) ? 'gdu' : 'gd';
}

/** Rules of a fact type share trigger classes: one gate object per distinct source, so its answer per sentence is computed once. */
const gates = new Map<string, RegExp>();
function sharedGate(source: string): RegExp {
  let gate = gates.get(source);
  if (!gate) gates.set(source, (gate = new RegExp(source, regexFlags(source).replace(/[gd]/g, ''))));
  return gate;
}

/** Gate answers per masked sentence (the same sentence meets the same gate in many rules). */
const gateAnswers = new WeakMap<Masked, Map<RegExp, boolean>>();
function opens(gate: RegExp, m: Masked): boolean {
  let answers = gateAnswers.get(m);
  if (!answers) gateAnswers.set(m, (answers = new Map()));
  let yes = answers.get(gate);
  if (yes === undefined) answers.set(gate, (yes = gate.test(m.text)));
  return yes;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** The same pattern without match indices: most sentences do not match, and V8 tests those faster. */
  scan: RegExp;
  slotNames: Set<string>;
  /** Matches when the sentence holds one of the rule's trigger words. */
  gate: RegExp | null;
  /** Marker kinds and how many of each a sentence must hold for the rule to match. */
  needs: Needs;
  /** A slot kind the sentence must not hold ("an in-house title, no organization in sight"). */
  without?: string;
}

export function rule(name: string, pattern: string, triggers?: Triggers, raw?: Record<string, string>, without?: string): Rule {
  return { name, ...compile(pattern, triggers, raw), ...(without ? { without } : {}) };
}

/** Every non-overlapping hit of a rule in a masked sentence. */
export function hits(r: Rule, m: Masked, docText: string): Hit[] {
  const out: Hit[] = [];
  if (!meetsNeeds(r.needs, m) || (r.gate && !opens(r.gate, m)) || (r.without && m.slots.some((x) => x.kind === r.without))) return out;
  if (!r.scan.test(m.text)) return out;
  r.re.lastIndex = 0;
  for (const match of m.text.matchAll(r.re)) {
    const slots: Record<string, Slot> = {};
    const texts: Record<string, string> = {};
    for (const [name, span] of Object.entries(match.indices?.groups ?? {})) {
      if (!span) continue;
      const value = match.groups![name]!;
      if (r.slotNames.has(name)) slots[name] = m.slots[Number(value)]!;
      else texts[name] = sourceText(m, docText, span[0], span[1]);
    }
    out.push({ rule: r.name, masked: m, start: match.index!, end: match.index! + match[0].length, slots, texts });
  }
  return out;
}
