import type { Context } from '../context.js';
import { evidence } from '../context.js';
import { lazy, makeFact } from '../fact.js';
import type { Masked } from '../masked.js';
import type { Fact } from '../model.js';
import { hits, rule } from '../pattern.js';
import { hasTrigger, loadTriggers } from '../triggers.js';
import { dates, destinations, escortingOnly, listedParticipants, participants, size } from './mission-parts.js';

/**
 * mission: a trade mission or delegation travelling somewhere. Sentences naming one ("mission
 * commerciale en Belgique du 3 au 7 avril", "La délégation de plus de 40 dirigeants",
 * "20 entrepreneurs suisses venus avec l'agence X") form a cluster with their neighbours; the
 * cluster gives the organizer ("Organisée par …", "sous l'égide de …", "La grappe X a conduit …",
 * "mission … du gouvernement de l'Ontario"), destinations, dates, size and participants (named
 * in the sentences and lists that follow). Not a mission: "Le conseil a pour mission de …".
 */
const t = () => loadTriggers('mission');

const organizerRules = lazy(() => [
  rule('organized-by', '{T:organized}(?: {LOOSE:40})? (?:par|by) {ORG:org}', t()),
  rule('under', '{T:under} {ORG:org}', t()),
  rule('mission-of', "{T:noun}{NP:30} (?:du|de la|de l'|d'|of the|of) {ORG:org}", t()),
  rule('leads', '{ORG:org} {GAP:20}{T:leads} {COUNT}', t()),
  // "AETIC led a delegation of 18 companies", "a TechnOut trade delegation"
  rule('leads-noun', '{ORG:org}{GAP:20} {T:leads} (?:une?|a|an|sa|son|its|their) {NP:20}{T:noun}', t()),
  rule('org-noun', "(?:an?|the|its|their) {ORG:org}(?:'s)? (?:[a-z-]+ )?{T:noun}", t()),
  rule('holds', '{ORG:org} {GAP:20}{T:holds} {LOOSE:15}(?:une|un|a|an|sa|son|its|their) {NP:20}{T:noun}', t()),
  rule('visit-with', '{T:visit} {ORG:org}', t()),
]);

function isTrigger(m: Masked): boolean {
  if (hasTrigger(t(), 'visit', m.text)) return true;
  return hasTrigger(t(), 'noun', m.text) && !hasTrigger(t(), 'statement', m.text);
}

/** Trigger sentences two or fewer apart are one mission. */
function clusters(ctx: Context): number[][] {
  const out: number[][] = [];
  for (const m of ctx.masked) {
    if (!isTrigger(m)) continue;
    const last = out.at(-1);
    if (last && m.index - last.at(-1)! <= 2) last.push(m.index);
    else out.push([m.index]);
  }
  return out;
}

function organizer(ctx: Context, cluster: number[]): string | undefined {
  const scope = [...cluster, cluster.at(-1)! + 1].map((i) => ctx.masked[i]).filter((m): m is Masked => !!m);
  for (const r of organizerRules()) {
    for (const m of scope) {
      const h = hits(r, m, ctx.text)[0];
      if (h?.slots.org?.entity) return h.slots.org.entity;
    }
  }
  return undefined;
}

/** Where a mission's narrative ends: two sentences of prose after its last mention, lists not counted. */
function scopeEnd(ctx: Context, last: number): number {
  let prose = 0;
  let i = last + 1;
  for (; i < ctx.masked.length && prose < 2; i++) if (!ctx.lines[ctx.lineOf[i]!]!.item) prose++;
  return i;
}

export function extractMission(ctx: Context): Fact[] {
  const out: Fact[] = [];
  const all = clusters(ctx).filter((c) => organizer(ctx, c));
  for (const cluster of all) {
    const org = organizer(ctx, cluster);
    const ms = cluster.map((i) => ctx.masked[i]!);
    const places = ms.flatMap((m) => destinations(ctx, m));
    if (!org || !places.length) continue;
    const last = cluster.at(-1)!;
    const around = ctx.masked.slice(cluster[0], scopeEnd(ctx, last));
    // With one mission in the article, "X accompagnait le groupe" anywhere is about it.
    const escorts = all.length === 1 ? ctx.masked.filter((m) => m.index > last + 2).flatMap(escortingOnly) : [];
    const who = [...around.flatMap(participants), ...listedParticipants(ctx, cluster[0]!, scopeEnd(ctx, last)), ...escorts].filter((id) => id !== org);
    const fields = {
      organizer: org, destinations: [...new Set(places)], participants: [...new Set(who)],
      ...dates([...ms, ...around]), size: [...ms, ctx.masked[last + 1]].filter((m): m is Masked => !!m).map(size).find((n) => n !== undefined),
    };
    out.push(makeFact('mission', fields, evidence(ctx, cluster[0]!, 'mission.cluster')));
  }
  return out;
}
