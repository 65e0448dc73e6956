/**
 * The lexicons the entity recognizer reads on top of the shared ones (src/nlp/lexicons.ts):
 * a French POS lexicon, cue nouns, head rules, non-entity acronyms, common English words, speech verbs.
 * All are data files in data/lexicons/, read once.
 */
import { defaultLexiconDir, lexicons, lexKey, readRows, type Lexicons } from '../lexicons.js';
import type { EntityType } from '../../extract/model.js';

export type HeadRule = 'weak' | 'lower' | 'free';

export interface EntityLexicons {
  base: Lexicons;
  /** Lower-case French word → its most frequent UPOS in UD Sequoia ("cède" absent, "a" → AUX). */
  pos: Map<string, string>;
  cues: Map<string, EntityType>;
  headRules: Map<string, HeadRule>;
  acronymStop: Set<string>;
  commonEn: Set<string>;
  speechVerbs: Set<string>;
  /** Verb forms that are also nouns ("compte", "forme"): after a name, its verb. */
  verbs: Set<string>;
  /** Phrases before or after a lone capitalized name that make it an organization ("chez X", "X a acquis"). */
  orgContexts: { before: Set<string>; after: Set<string> };
}

const CUE_TYPES: readonly EntityType[] = ['ORG', 'EVENT', 'PROGRAM'];
const HEAD_RULES: readonly HeadRule[] = ['weak', 'lower', 'free'];

function readPos(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { cols } of readRows(dir, 'pos-fr.tsv', 2, 2)) map.set(cols[0]!, cols[1]!);
  return map;
}

function readTyped<T extends string>(dir: string, file: string, allowed: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const { cols, where } of readRows(dir, file, 2, 2)) {
    if (!allowed.includes(cols[1] as T)) throw new Error(`${where}: "${cols[1]}" is not one of ${allowed.join(', ')}`);
    map.set(lexKey(cols[0]!), cols[1] as T);
  }
  return map;
}

function readSides(dir: string, file: string): { before: Set<string>; after: Set<string> } {
  const out = { before: new Set<string>(), after: new Set<string>() };
  for (const { cols, where } of readRows(dir, file, 2, 2)) {
    if (cols[1] !== 'before' && cols[1] !== 'after') throw new Error(`${where}: "${cols[1]}" is not before or after`);
    out[cols[1]].add(lexKey(cols[0]!));
  }
  return out;
}

const readKeys = (dir: string, file: string) => new Set(readRows(dir, file, 1, 1).map((r) => lexKey(r.cols[0]!)));

export function loadEntityLexicons(dir = defaultLexiconDir()): EntityLexicons {
  return {
    base: lexicons(),
    pos: readPos(dir),
    cues: readTyped(dir, 'cue-nouns.tsv', CUE_TYPES),
    headRules: readTyped(dir, 'head-rules.tsv', HEAD_RULES),
    acronymStop: readKeys(dir, 'acronym-stop.txt'),
    commonEn: readKeys(dir, 'common-en.txt'),
    speechVerbs: readKeys(dir, 'speech-verbs.txt'),
    verbs: readKeys(dir, 'verbs-fr.txt'),
    orgContexts: readSides(dir, 'org-contexts.tsv'),
  };
}

let cached: EntityLexicons | undefined;
export function entityLexicons(): EntityLexicons {
  return (cached ??= loadEntityLexicons());
}
