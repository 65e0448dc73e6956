import { removeFurniture } from './furniture.js';
import { readHeader, type Hints } from './header.js';
import { normalizeText, toParagraphs } from './normalize.js';

export interface CleanText {
  title: string | null;
  published: string | null;
  author: string | null;
  /** Paragraphs separated by exactly one blank line. */
  text: string;
}

/**
 * The text-level cleaner every format goes through (plain text directly; HTML after
 * Readability; feed items; Markdown after its markup is stripped): normalize, cut furniture,
 * read and drop the header (title, datelines, byline), and join paragraphs.
 * `detectTitle`: take the first line as title when the format gave none.
 */
export function cleanText(raw: string, hints: Hints = {}, detectTitle = true): CleanText {
  const paragraphs = removeFurniture(toParagraphs(normalizeText(raw)));
  const header = readHeader(paragraphs, hints, detectTitle && !hints.title);
  return {
    title: header.title ? normalizeText(header.title).replace(/\s+/g, ' ') : null,
    published: header.published,
    author: header.author,
    text: header.body.join('\n\n'),
  };
}
