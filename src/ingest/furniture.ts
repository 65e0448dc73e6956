import { isHeadlineLike, isSentence, isSubstantial, lineFeatures, type LineFeatures } from './line-features.js';

/**
 * Removes page furniture from a document's lines (one paragraph per line). Three passes:
 * 1. the trailing zone: from an `end` phrase after the article's start ("Laisser une réponse"),
 *    or from the first furniture line after the article's prose when no prose follows it
 *    ("À la une" + teasers), to the end of the document;
 * 2. teaser blocks inside the text: a zone heading and the headlines under it;
 * 3. isolated furniture lines anywhere ("Partager", "(Photo: ADTQ)" captions, "©2022 …").
 * Headings inside the article ("Des retombées tangibles") and list items are never furniture
 * by themselves: only a phrase from furniture-phrases.ts, or a zone, removes a line.
 */
export function removeFurniture(lines: string[]): string[] {
  const feats = lines.map((line, i) => lineFeatures(line, i, lines.length));
  const anchor = bodyAnchor(feats);
  const end = trimTagTail(feats, trailingZoneStart(feats, anchor));
  const drop = new Set<number>();
  for (let i = 0; i < end; i++) {
    const f = feats[i]!;
    if (f.phrase === 'line') drop.add(i);
    if (f.phrase !== 'zone' && f.phrase !== 'end') continue;
    drop.add(i);
    // A teaser block inside the text: its headlines go with it, the prose after it stays.
    for (let j = i + 1; anchor >= 0 && i > anchor && j < end && isHeadlineLike(feats[j]!) && !feats[j]!.phrase; j++) drop.add(j);
  }
  return lines.slice(0, end).filter((_, i) => !drop.has(i));
}

/** The first line of article prose: furniture zones only count after it (a menu "À la une" is above it). */
function bodyAnchor(feats: LineFeatures[]): number {
  const prose = feats.findIndex((f) => isSubstantial(f) && !f.phrase);
  return prose >= 0 ? prose : feats.findIndex((f) => isSentence(f) && !f.phrase);
}

/**
 * Where the trailing furniture zone starts (lines.length if there is none). A candidate is a
 * furniture line after the anchor with no prose after it. A zone heading takes everything after
 * it, even one-sentence teaser summaries; a plain furniture line ("Partager") only starts a
 * cut when a cluster of furniture follows, so a last paragraph after a photo caption survives.
 */
function trailingZoneStart(feats: LineFeatures[], anchor: number): number {
  if (anchor < 0) return feats.length;
  const hardEnd = feats.findIndex((f, i) => i > anchor && f.phrase === 'end');
  const limit = hardEnd >= 0 ? hardEnd : feats.length;
  let lastProse = anchor;
  for (let i = anchor; i < limit; i++) if (isSubstantial(feats[i]!) && !feats[i]!.phrase) lastProse = i;
  for (let i = lastProse + 1; i < limit; i++) {
    const f = feats[i]!;
    if (f.phrase === 'zone') return i;
    if (f.phrase === 'line' && isFurnitureCluster(feats.slice(i + 1, limit))) return i;
  }
  return limit;
}

/**
 * What may follow a plain furniture line for the cut to reach the end: at least one more
 * furniture line ("Partager", "Facebook"), and otherwise only short labels ("Jean Roy",
 * "Journaliste"), never a sentence or a list item, which would be the article's.
 */
function isFurnitureCluster(rest: LineFeatures[]): boolean {
  return rest.some((g) => g.phrase) && rest.every((g) => g.phrase || (isHeadlineLike(g) && g.words <= 6));
}

/**
 * A run of two or more tiny label lines closing the document ("Startups", "Intelligence
 * artificielle") after the last sentence: an unlabelled tag or category list.
 */
function trimTagTail(feats: LineFeatures[], end: number): number {
  let start = end;
  while (start > 0 && isTagLabel(feats[start - 1]!)) start--;
  const hasSentenceBefore = feats.slice(0, start).some(isSentence);
  return end - start >= 2 && hasSentenceBefore ? start : end;
}

function isTagLabel(f: LineFeatures): boolean {
  return isHeadlineLike(f) && f.words <= 4 && f.position > 0.5;
}
