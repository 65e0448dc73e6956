import { buildNodes, type NameNode } from './nodes.js';
import { strongKey } from './keys.js';
import { addNote, docCount, linkSameNames } from './same-name.js';
import { linkShortNames } from './short-names.js';
import { linkSimilarNames, type ContextOf } from './similar-names.js';
import type { Cluster, Decision, Occurrence } from './types.js';
import { ConstrainedUnionFind } from './union-find.js';

/**
 * Cross-document entity resolution: occurrences (one per entity per article) → entities.
 * Passes, most certain first: same written name; similar names sharing context; curator merges;
 * short forms (aliases, acronyms, person names without middle names) claimed by exactly one entity.
 * Types never mix: « Québec » the place and « Québec » the government stay two entities.
 * Curator splits constrain every pass; renames name the result.
 */
export function cluster(occurrences: Occurrence[], decisions: Decision[], context: ContextOf = contextFrom(occurrences)): Cluster[] {
  const splits = decisions.filter((d) => d.action === 'split');
  const nodes = buildNodes(occurrences, splits);
  const uf = new ConstrainedUnionFind(nodes.map((n) => n.sides));
  const notes = new Map<number, string[]>();
  linkSameNames(nodes, uf, notes);
  linkSimilarNames(nodes, uf, context);
  applyMerges(nodes, uf, decisions, notes);
  linkShortNames(nodes, uf, notes);
  return collect(nodes, uf, notes, decisions);
}

function applyMerges(nodes: NameNode[], uf: ConstrainedUnionFind, decisions: Decision[], notes: Map<number, string[]>): void {
  for (const d of decisions) {
    if (d.action !== 'merge') continue;
    const wanted = new Set([...d.into, ...d.keys]);
    const chosen = nodes.filter((n) => wanted.has(n.key));
    const anchor = chosen.find((n) => d.into.includes(n.key)) ?? chosen[0];
    for (const n of chosen) {
      if (n === anchor) continue;
      const r = uf.union(anchor!.index, n.index, { from: anchor!.name, to: n.name, reason: 'curator-merge', detail: `curator decision #${d.id}` });
      if (r === 'blocked') addNote(notes, n.index, `curator merge #${d.id} blocked by a later split`);
    }
  }
}

function collect(nodes: NameNode[], uf: ConstrainedUnionFind, notes: Map<number, string[]>, decisions: Decision[]): Cluster[] {
  const byRoot = new Map<number, Cluster>();
  for (const n of nodes) {
    const root = uf.find(n.index);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { members: [], type: n.members[0]!.type, links: [...uf.linksOf(root)], notes: [], rename: null }));
    c.members.push(...n.members);
    c.notes.push(...(notes.get(n.index) ?? []));
    const docs = docCount(n);
    if (docs > 1) c.links.push({ from: n.name, to: n.name, reason: 'same-name', detail: `written alike in ${docs} articles` });
  }
  for (const d of decisions) {
    if (d.action !== 'rename') continue;
    let best: { c: Cluster; n: number } | undefined;
    for (const c of byRoot.values()) {
      const n = c.members.filter((m) => d.keys.includes(strongKey(m))).length;
      if (n > (best?.n ?? 0)) best = { c, n };
    }
    if (best) best.c.rename = d.name;
  }
  return [...byRoot.values()];
}

/** Context from the occurrences at hand: for a set of documents, the entities they name. */
export function contextFrom(occurrences: Occurrence[]): ContextOf {
  return (docs) => {
    const wanted = new Set(docs);
    const out = new Map<string, string>();
    for (const o of occurrences) if (wanted.has(o.doc)) out.set(strongKey(o), o.name);
    return out;
  };
}
