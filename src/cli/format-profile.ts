import type { FactType } from '../extract/model.js';
import { describeFact, formatAmount } from '../graph/describe-fact.js';
import type { EntityProfile, FactRecord, MoneyTotal } from '../store/graph-types.js';

/** An entity profile as text: names and why, facts by kind with dates and sources, roles, funding, partners. */
export function formatProfile(p: EntityProfile): string {
  const out: string[] = [];
  out.push(`${p.name}  (${p.type} #${p.id}) — ${p.documents} documents, ${p.mentions} mentions, ${p.factCount} facts`);
  out.push(`names: ${p.names.map((n) => `${n.name} (${n.documents})`).join(', ')}`);
  if (p.resolution.length) {
    out.push('', 'resolution:');
    for (const r of p.resolution) out.push(`  ${r.reason}: ${r.detail}`);
  }
  for (const [type, facts] of Object.entries(p.facts) as [FactType, FactRecord[]][]) {
    out.push('', `${type} (${facts.length}):`);
    for (const f of facts) out.push(`  ${(f.date ?? '').padEnd(10)}  ${describeFact(f.type, f.fields)}  ${sources(f)}`);
  }
  if (p.factsShown < p.factCount) out.push(`  … ${p.factCount - p.factsShown} more: veille facts --entity ${p.id}`);
  if (p.roles.length) {
    out.push('', 'roles over time:');
    for (const r of p.roles) out.push(`  ${(r.date ?? '').padEnd(10)}  ${r.person?.name ?? '?'} — ${r.title ?? 'role'}, ${r.org?.name ?? '?'}${r.status ? ` (${r.status})` : ''}  [${r.doc}]`);
  }
  if (p.funding.received.length || p.funding.given.length) {
    out.push('', `funding received: ${money(p.funding.received)}; given: ${money(p.funding.given)}`);
  }
  if (p.partners.length) out.push('', `partners: ${p.partners.map((x) => `${x.entity.name} (${x.facts})`).join(', ')}`);
  return out.join('\n');
}

function sources(f: FactRecord): string {
  const shown = f.sources.slice(0, 3).map((s) => s.doc);
  return `[${shown.join(', ')}${f.sourceCount > shown.length ? `, +${f.sourceCount - shown.length}` : ''}]`;
}

export function money(totals: MoneyTotal[]): string {
  return totals.length ? totals.map((t) => `${formatAmount(t.total, t.currency)} (${t.facts} facts)`).join(', ') : 'none';
}
