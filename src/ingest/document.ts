/** A document as Veille stores it: one article, cleaned of page furniture. */
export interface SourceDocument {
  /** Stable id: the file name without extension, or a feed item's link/guid. */
  id: string;
  /** Where it came from: the file path, plus `#N` for the Nth item of a feed. */
  source: string;
  title: string | null;
  /** The article's own date, ISO 8601 at the precision known ("2013-11-07", "2013-10"). */
  published: string | null;
  author: string | null;
  lang: 'fr' | 'en';
  /** Clean article body: paragraphs separated by one blank line, no furniture, no repeated title. */
  text: string;
  /** sha256 (hex) of title + published + text: a changed hash at the same id is a new version. */
  hash: string;
}

/** Why a file could not be ingested; `file` is always named in the message. */
export type IngestErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'UNREADABLE'
  | 'UNDECODABLE'
  | 'BAD_FEED'
  | 'NO_TEXT'
  /** A parser threw something unexpected on this file (a bug or a pathological input). */
  | 'PARSE_FAILED';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}
