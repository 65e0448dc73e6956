import type { FactType } from '../extract/model.js';

/** A fact drawn as arrows between entities, for graph views and GraphML. */
export interface FactEdge {
  source: number;
  target: number;
  label: string;
}

type Fields = Record<string, unknown>;

const one = (v: unknown): number[] => (typeof v === 'number' ? [v] : []);
const many = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : one(v));

function arrows(sources: number[], targets: number[], label: string): FactEdge[] {
  return sources.flatMap((s) => targets.filter((t) => t !== s).map((t) => ({ source: s, target: t, label })));
}

/** Who points at whom in each kind of fact; facts about one entity (members, founded) draw nothing. */
const DRAW: Record<FactType, (f: Fields) => FactEdge[]> = {
  role: (f) => arrows(one(f.person), one(f.org), typeof f.title === 'string' ? f.title : 'role'),
  funding: (f) => [...arrows(one(f.funder), one(f.recipient), money(f)), ...arrows(one(f.program), one(f.recipient), money(f))],
  transfer: (f) => arrows(one(f.from), one(f.to), 'transfer'),
  partnership: (f) => {
    const p = many(f.parties);
    return p.flatMap((a, i) => p.slice(i + 1).map((b) => ({ source: a, target: b, label: 'partnership' }))).concat(arrows(p, one(f.place), 'partnership in'));
  },
  mission: (f) => [...arrows(one(f.organizer), many(f.destinations), 'mission to'), ...arrows(many(f.participants), one(f.organizer), 'mission with')],
  event: (f) => [...arrows(one(f.organizer), one(f.event), 'organizes'), ...arrows(one(f.event), one(f.place), 'held in')],
  members: () => [],
  office: (f) => arrows(one(f.org), one(f.place), 'office in'),
  located: (f) => arrows(one(f.org), one(f.place), 'based in'),
  founded: () => [],
  part_of: (f) => arrows(one(f.child), one(f.parent), 'part of'),
  program: (f) => arrows(one(f.owner), one(f.program), 'runs'),
};

export function factEdges(type: FactType, fields: Fields): FactEdge[] {
  return DRAW[type](fields);
}

function money(f: Fields): string {
  if (typeof f.amount !== 'number') return 'funding';
  return `${f.amount.toLocaleString('fr-CA')} ${typeof f.currency === 'string' ? f.currency : ''}`.trim();
}
