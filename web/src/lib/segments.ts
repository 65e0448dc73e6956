// Cuts an article's text into pieces for display: plain text, entity mentions, and the one sentence a
// fact came from. Pure and DOM-free: the view turns pieces into text nodes (never HTML).

export interface Span {
  start: number;
  end: number;
}

export interface Piece<M extends Span> {
  text: string;
  start: number;
  mention: M | null;
}

export interface Segmented<M extends Span> {
  before: Piece<M>[];
  /** The marked range's pieces; null when nothing is marked. */
  marked: Piece<M>[] | null;
  after: Piece<M>[];
}

/** Mentions in order without overlaps: the earliest wins, then the longest. Out-of-range ones are dropped. */
export function cleanMentions<M extends Span>(mentions: readonly M[], length: number): M[] {
  const sorted = mentions.filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: M[] = [];
  for (const m of sorted) if (out.length === 0 || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** Pieces of text[from, to): mentions cut at the range's edges still show as mentions. */
export function piecesOf<M extends Span>(text: string, mentions: readonly M[], from: number, to: number): Piece<M>[] {
  const out: Piece<M>[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (s > at) out.push({ text: text.slice(at, s), start: at, mention: null });
    out.push({ text: text.slice(s, e), start: s, mention: m });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), start: at, mention: null });
  return out;
}

export function segment<M extends Span>(text: string, mentions: readonly M[], mark: Span | null = null): Segmented<M> {
  const clean = cleanMentions(mentions, text.length);
  if (!mark || mark.start < 0 || mark.end > text.length || mark.end <= mark.start) {
    return { before: piecesOf(text, clean, 0, text.length), marked: null, after: [] };
  }
  return {
    before: piecesOf(text, clean, 0, mark.start),
    marked: piecesOf(text, clean, mark.start, mark.end),
    after: piecesOf(text, clean, mark.end, text.length),
  };
}

/** Search snippet marks ([start, end) pairs) as alternating plain and marked strings. */
export function markRanges(text: string, marks: readonly [number, number][]): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (s < at || e > text.length || e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
