import type { Analysis } from './analysis.js';
import { buildContext, type Context } from './context.js';
import { dedupe } from './dedupe.js';
import { extractEvent } from './facts/event.js';
import { extractFounded } from './facts/founded.js';
import { extractFunding } from './facts/funding.js';
import { extractLocated } from './facts/located.js';
import { extractMembers } from './facts/members.js';
import { extractMission } from './facts/mission.js';
import { extractOffice } from './facts/office.js';
import { extractPartOf } from './facts/part-of.js';
import { extractPartnership } from './facts/partnership.js';
import { extractProgram } from './facts/program.js';
import { extractRole } from './facts/role.js';
import { extractTransfer } from './facts/transfer.js';
import type { Fact } from './model.js';

/**
 * Fact extraction: one extractor per fact type (src/extract/facts/<type>.ts), each a small set
 * of named rules over masked sentences; every fact carries its evidence (sentence, span, rule).
 * Extractors later in the list may read the facts found before them (a partnership signed
 * "during the conference" takes the conference's date and place).
 */
export type Extractor = (ctx: Context, earlier: readonly Fact[]) => Fact[];

const EXTRACTORS: Extractor[] = [extractRole, extractEvent, extractProgram, extractFounded, extractLocated, extractMembers, extractPartOf, extractMission, extractFunding, extractTransfer, extractOffice, extractPartnership];

export function extractFacts(a: Analysis): Fact[] {
  const ctx = buildContext(a);
  const facts: Fact[] = [];
  for (const extract of EXTRACTORS) facts.push(...dedupe(extract(ctx, facts)));
  return dedupe(facts);
}
