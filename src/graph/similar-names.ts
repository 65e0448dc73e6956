import { skeletonKey } from './keys.js';
import { isAcronymLike, nameKey } from './names.js';
import type { NameNode } from './nodes.js';
import type { ConstrainedUnionFind } from './union-find.js';

/** For a set of documents: the entities they name, as strong key → a spelling. */
export type ContextOf = (docs: string[]) => Map<string, string>;

/** Past this many differently written names with one skeleton, the skeleton says nothing. */
const MAX_GROUP = 12;

/**
 * Names equal once small words, plurals and legal forms are set aside (« Investissements Québec »,
 * « Investissement Québec ») are joined only when their articles also share another entity:
 * string similarity alone is not enough.
 */
export function linkSimilarNames(nodes: NameNode[], uf: ConstrainedUnionFind, context: ContextOf): void {
  const bySkeleton = new Map<string, NameNode[]>();
  for (const n of nodes) {
    // Acronyms have no plural: « TIAS » is not « TIA ».
    if (isAcronymLike(n.name) || nameKey(n.name).length < 5) continue;
    const key = skeletonKey({ type: n.members[0]!.type, name: n.name });
    if (key.endsWith('|~')) continue;
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), n]);
  }
  for (const group of bySkeleton.values()) {
    const keys = new Set(group.map((n) => n.key));
    if (keys.size < 2 || keys.size > MAX_GROUP) continue;
    const ctx = new Map(group.map((n) => [n.index, context(n.members.map((m) => m.doc))]));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.key === b.key || uf.find(a.index) === uf.find(b.index)) continue;
        const shared = sharedContext(ctx.get(a.index)!, ctx.get(b.index)!, keys);
        if (!shared) continue;
        uf.union(a.index, b.index, {
          from: a.name, to: b.name, reason: 'similar-name',
          detail: `same words apart from small words, plurals or legal form; both articles also name « ${shared} »`,
        });
      }
    }
  }
}

/** Places do not count: nearly every article names « Québec ». */
function sharedContext(a: Map<string, string>, b: Map<string, string>, own: Set<string>): string | null {
  for (const [key, name] of a) if (!key.startsWith('LOC|') && !own.has(key) && b.has(key)) return name;
  return null;
}
