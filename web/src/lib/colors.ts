import type { EntityType, FactType } from '../api/types.js';

// One palette for CSS (as custom properties, set by applyPalette), the graph and the charts.
export const TYPE_COLORS: Record<EntityType, string> = {
  ORG: '#2f6fb0', PER: '#c2562f', LOC: '#3c8d40', EVENT: '#a23b8f', PROGRAM: '#b88a00',
};

export const KIND_COLORS: Record<FactType, string> = {
  role: '#4e79a7', funding: '#59a14f', transfer: '#e15759', partnership: '#f28e2b', mission: '#76b7b2', event: '#edc948',
  members: '#b07aa1', office: '#ff9da7', located: '#9c755f', founded: '#8c8c8c', part_of: '#17becf', program: '#bcbd22',
};

export function applyPalette(root: HTMLElement): void {
  for (const [k, v] of Object.entries(TYPE_COLORS)) root.style.setProperty(`--type-${k}`, v);
  for (const [k, v] of Object.entries(KIND_COLORS)) root.style.setProperty(`--kind-${k}`, v);
}
