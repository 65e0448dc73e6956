import type { Link } from './types.js';

export type Side = 'in' | 'out';
export type UnionResult = 'joined' | 'already' | 'blocked';

/**
 * Union-find over nodes where a curator's split forbids some unions: each node may sit on the
 * `in` or `out` side of split decisions, and a set never holds both sides of one decision.
 * Every successful union keeps the link that explains it.
 */
export class ConstrainedUnionFind {
  private readonly parent: number[];
  private readonly sides: Map<number, Side>[];
  private readonly links: Link[][];

  constructor(nodeSides: Map<number, Side>[]) {
    this.parent = nodeSides.map((_, i) => i);
    this.sides = nodeSides.map((s) => new Map(s));
    this.links = nodeSides.map(() => []);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number, link: Link): UnionResult {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return 'already';
    const sa = this.sides[ra]!;
    const sb = this.sides[rb]!;
    for (const [decision, side] of sb) if (sa.has(decision) && sa.get(decision) !== side) return 'blocked';
    // The lower index stays the root, so the outcome does not depend on argument order.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const [decision, side] of this.sides[child]!) this.sides[root]!.set(decision, side);
    this.links[root]!.push(...this.links[child]!, link);
    this.links[child] = [];
    return 'joined';
  }

  linksOf(root: number): Link[] {
    return this.links[root]!;
  }
}
