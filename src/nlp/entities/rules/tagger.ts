/**
 * Spans of the statistical tagger (src/nlp/tagger), when its model file is present: PER, ORG, LOC;
 * MISC only when a head word inside types it ("Salon …" → EVENT). Optional: without the model,
 * the rule-based candidates stand alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../repo-root.js';
import { DEFAULT_MODEL, loadTagger, type Tagger } from '../../tagger/index.js';
import { TIER, type Candidate } from '../candidate.js';
import type { EntityLexicons } from '../lexicon.js';
import type { View } from '../words.js';
import { findHead } from './head-names.js';

let tagger: Tagger | null | undefined;

/** The tagger, or null when no model file is there (or it cannot be read). */
export function optionalTagger(): Tagger | null {
  if (tagger !== undefined) return tagger;
  try {
    const file = join(repoRoot(), DEFAULT_MODEL);
    tagger = existsSync(file) ? loadTagger(file) : null;
  } catch {
    tagger = null;
  }
  return tagger;
}

export function taggerSpans(v: View, lx: EntityLexicons, model: Tagger | null): Candidate[] {
  if (!model || v.words.length === 0) return [];
  const out: Candidate[] = [];
  for (const span of model.spans(v.texts)) {
    let type: Candidate['type'] | null = span.label === 'MISC' ? null : span.label;
    if (!type) {
      for (let k = span.start; k < span.end && !type; k++) {
        const head = findHead(v, k, lx);
        if (head && head.type !== 'ORG') type = head.type;
      }
    }
    if (type) out.push({ s: v.s, i: span.start, j: span.end, type, rule: 'tagger', tier: TIER.tagger, score: span.score });
  }
  return out;
}
