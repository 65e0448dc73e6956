/** Something found in a text, with its span. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Keeps non-overlapping spans, sorted by start; of two overlapping spans the longer wins
 * ("du 5 au 12 octobre 2013" beats "12 octobre 2013"). One sweep after a sort.
 */
export function keepLongest<T extends Span>(found: T[]): T[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
    else if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
  }
  return kept;
}
