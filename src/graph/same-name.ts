import type { NameNode } from './nodes.js';
import type { ConstrainedUnionFind } from './union-find.js';

/** Nodes with one strong key but on different sides of a split are joined unless the split forbids it. */
export function linkSameNames(nodes: NameNode[], uf: ConstrainedUnionFind, notes: Map<number, string[]>): void {
  const byKey = new Map<string, NameNode[]>();
  for (const n of nodes) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  for (const group of byKey.values()) {
    for (const n of group.slice(1)) {
      const r = uf.union(group[0]!.index, n.index, {
        from: group[0]!.name, to: n.name, reason: 'same-name', detail: 'written alike',
      });
      if (r === 'blocked') addNote(notes, n.index, `« ${n.name} » kept apart by a curator's split`);
    }
  }
}

export function addNote(notes: Map<number, string[]>, node: number, note: string): void {
  const list = notes.get(node) ?? [];
  if (!list.includes(note)) list.push(note);
  notes.set(node, list);
}

/** How many documents a node's members come from: « written alike in 3 articles ». */
export function docCount(n: NameNode): number {
  return new Set(n.members.map((m) => m.doc)).size;
}
