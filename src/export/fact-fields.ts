import { ENTITY_FIELDS } from '../graph/fact-keys.js';
import type { FactRecord } from '../store/graph-types.js';

/** A fact's fields with entity references as bare ids, the shape every export writes. */
export function idsOnly(f: FactRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { ...f.fields };
  for (const k of ENTITY_FIELDS[f.type]) {
    const v = f.fields[k];
    if (Array.isArray(v)) out[k] = v.map((x: { id: number }) => x.id);
    else if (v && typeof v === 'object') out[k] = (v as { id: number }).id;
  }
  return out;
}
