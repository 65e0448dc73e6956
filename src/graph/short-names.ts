import { definerKeys, typedKey, type DefinerKind } from './keys.js';
import { isAcronymLike } from './names.js';
import type { NameNode } from './nodes.js';
import { addNote } from './same-name.js';
import type { LinkReason } from './types.js';
import type { ConstrainedUnionFind } from './union-find.js';

interface Definer {
  node: NameNode;
  kind: DefinerKind;
  /** Documents where the node claims the short name. */
  docs: Set<string>;
}

/**
 * A name that another entity uses as a short form — its alias, its initials, a person's name without
 * middle names — joins that entity when exactly one entity claims it. « RELL » alone joins
 * « Regroupement des entreprises en logiciel libre » (alias RELL); if « Réseau des laboratoires de lumière » also
 * claims RELL, the bare « RELL » stays apart, with a note. Candidates are taken before any of these
 * unions, so the result does not depend on the order of the articles.
 */
export function linkShortNames(nodes: NameNode[], uf: ConstrainedUnionFind, notes: Map<number, string[]>): void {
  const definers = new Map<string, Definer[]>();
  for (const node of nodes) {
    const own = new Map<string, Definer>();
    for (const m of node.members) {
      for (const d of definerKeys(m)) {
        const known = own.get(d.key);
        if (known) known.docs.add(m.doc);
        else own.set(d.key, { node, kind: d.kind, docs: new Set([m.doc]) });
      }
    }
    for (const [key, d] of own) definers.set(key, [...(definers.get(key) ?? []), d]);
  }
  const planned: { probe: NameNode; target: Definer }[] = [];
  for (const probe of nodes) {
    if (probe.key.includes('#')) continue; // a lone surname claims nothing
    const candidates = (definers.get(typedKey(probe.members[0]!.type, probe.name)) ?? [])
      .filter((d) => uf.find(d.node.index) !== uf.find(probe.index));
    const roots = new Map<number, Definer>();
    for (const c of candidates) if (!roots.has(uf.find(c.node.index))) roots.set(uf.find(c.node.index), c);
    if (roots.size === 1) planned.push({ probe, target: [...roots.values()][0]! });
    if (roots.size > 1) {
      const names = [...roots.values()].map((d) => `« ${d.node.name} »`).join(' or ');
      addNote(notes, probe.index, `« ${probe.name} » not merged: it could be ${names}`);
    }
  }
  for (const { probe, target } of planned) {
    const r = uf.union(target.node.index, probe.index, {
      from: target.node.name, to: probe.name, ...explain(probe.name, target),
    });
    if (r === 'blocked') addNote(notes, probe.index, `« ${probe.name} » kept apart by a curator's split`);
  }
}

function explain(short: string, d: Definer): { reason: LinkReason; detail: string } {
  const long = `« ${d.node.name} »`;
  if (d.kind === 'person') return { reason: 'person-variant', detail: `« ${short} » is ${long} without middle names or initials` };
  if (d.kind === 'initials') return { reason: 'acronym', detail: `« ${short} » is the initials of ${long}` };
  const docs = [...d.docs].slice(0, 3).join(', ') + (d.docs.size > 3 ? '…' : '');
  const reason: LinkReason = isAcronymLike(short) ? 'acronym' : 'alias';
  return { reason, detail: `« ${short} » is given as a short form of ${long} in ${docs}` };
}
