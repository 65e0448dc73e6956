/**
 * The tagger's label set: BIO (IOB2) over four entity types.
 * "Pierre Fitzgibbon à Montréal" → B-PER I-PER O B-LOC.
 * BIO rather than BILOU keeps 9 labels instead of 17, which halves the weight table;
 * Viterbi forbids the invalid transitions (O → I-X, B-X → I-Y), so every output is well formed.
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export interface Span {
  start: number;
  /** Exclusive word index. */
  end: number;
  label: EntityType;
  /** Confidence in [0, 1] (calibrated on Sequoia dev), when the tagger computed it. */
  score?: number;
}

/** May label `next` follow label `prev`? `prev` null = sentence start. */
export function allowedTransition(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  return prev !== null && prev !== 'O' && prev.slice(2) === next.slice(2);
}

/** Entity spans of a BIO sequence; a stray I-X (never produced by Viterbi) opens a span. */
export function spansFromTags(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as EntityType);
    const continues = open !== null && tag.startsWith('I-') && open.label === type;
    if (open && !continues) {
      spans.push(open);
      open = null;
    }
    if (type && !continues) open = { start: i, end: i + 1, label: type };
    else if (open && continues) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

/** Makes a tag sequence valid BIO: an I-X not continuing an X becomes B-X. */
export function repairBio(tags: string[]): string[] {
  return tags.map((tag, i) => {
    const prev = i === 0 ? null : tags[i - 1]!;
    return allowedTransition(prev, tag) ? tag : `B-${tag.slice(2)}`;
  });
}
