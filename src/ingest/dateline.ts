import { DATE_SOURCE, isoFromGroups } from './dates.js';

/** How a date line was written; `prefix` ones open the article's first paragraph. */
export type DatelineKind = 'prefix' | 'bare' | 'published' | 'updated';

export interface Dateline {
  kind: DatelineKind;
  /** ISO date; null for `updated` lines, which are never the published date. */
  iso: string | null;
  /** For `prefix`: the paragraph without its dateline ("Huit membres …"). */
  rest?: string;
}

// A place as datelines write it: "Chandler", "MONTRÉAL (Québec)", "Carleton-sur-Mer", "TORONTO, ON".
// Words hold no hyphen and no space, so each "A-B-C" splits one way only (no backtracking blow-up).
const WORD = `\\p{Lu}[\\p{L}'’.]*`;
const PLACE = `${WORD}(?:[ -](?:${WORD}|de|du|des|la|le|sur|aux?|en))*(?:\\s*\\([\\p{L} .'’-]+\\))?(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?`;
const TIME = `(?:\\s*(?:,|à|at|-)?\\s*\\d{1,2}\\s*(?:h|:)\\s*\\d{0,2}\\s*(?:[ap]\\.?m\\.?)?)?`;
// Wire-service tags between the date and the dash: "/CNW/", "/CNW Telbec/", "(PRNewswire)".
const WIRE = `(?:\\s*(?:\\/[^/\\n]{1,30}\\/|\\((?:CNW|PR ?Newswire|Canada NewsWire|Business Wire|GLOBE NEWSWIRE)[^)]{0,20}\\)))?`;

const PREFIX = new RegExp(`^(?:${PLACE},\\s+)?(?:[Ll]e\\s+)?${DATE_SOURCE}${WIRE}\\s*[-–—]+\\s*(?=\\S)`, 'u');
const BARE = new RegExp(`^(?:${PLACE},\\s+)?(?:[Ll]e\\s+)?${DATE_SOURCE}${TIME}\\.?$`, 'u');
const PUBLISHED = new RegExp(
  `^(?:publié|mis en ligne|diffusé|paru|date de publication|published|posted|first published)(?:\\s+(?:le|on))?\\s*:?\\s*(?:le\\s+)?${DATE_SOURCE}`,
  'iu',
);
const UPDATED = /^(?:mis à jour|modifié|dernière mise à jour|updated|last updated)\b/iu;

/** Reads a line as a dateline, or returns null. Only looks at lines a dateline could be. */
export function readDateline(line: string): Dateline | null {
  if (line.length <= 120) {
    const published = PUBLISHED.exec(line);
    if (published?.groups) return { kind: 'published', iso: isoFromGroups(published.groups) };
    if (UPDATED.test(line)) return { kind: 'updated', iso: null };
    const bare = BARE.exec(line);
    if (bare?.groups) return withIso('bare', isoFromGroups(bare.groups));
  }
  const prefix = PREFIX.exec(line.slice(0, 200));
  if (prefix?.groups) {
    const iso = isoFromGroups(prefix.groups);
    return iso ? { kind: 'prefix', iso, rest: line.slice(prefix[0].length) } : null;
  }
  return null;
}

function withIso(kind: DatelineKind, iso: string | null): Dateline | null {
  return iso ? { kind, iso } : null;
}

/**
 * Picks the published date among the datelines of a document's top: a dateline that opens a
 * paragraph ("Chandler, 21 octobre 2013 – Huit membres…") is the press release's own date and
 * beats a bare one ("Strasbourg, 8 Octobre 2013", often a quoted event date); otherwise the first.
 */
export function choosePublished(datelines: Dateline[]): string | null {
  const dated = datelines.filter((d) => d.iso !== null);
  return (dated.find((d) => d.kind === 'prefix') ?? dated[0])?.iso ?? null;
}
