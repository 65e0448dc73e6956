import { readByline } from './byline.js';
import { choosePublished, readDateline, type Dateline } from './dateline.js';
import { parseWrittenDate } from './dates.js';

/** Metadata the format already gave (HTML meta tags, feed fields, Markdown `# heading`). */
export interface Hints {
  title?: string | null;
  published?: string | null;
  author?: string | null;
}

export interface Header {
  title: string | null;
  published: string | null;
  author: string | null;
  /** The document's lines without the title, datelines, byline and their repeats. */
  body: string[];
}

/** Title, datelines and byline sit in the first lines; deeper, a date line is article text. */
const HEADER_WINDOW = 8;

/**
 * Reads the top of a document: the title (first line, if `detectTitle` and it looks like one),
 * datelines ("Publié le 14/03/2016 à 10:22", "Chandler, 21 octobre 2013 – …"), a byline
 * ("Par Denis Dupont"), and drops them and their repeats (pages copied as text often show the
 * title and date twice). A dateline opening a paragraph leaves the rest of the paragraph.
 */
export function readHeader(lines: string[], hints: Hints, detectTitle: boolean): Header {
  let title = hints.title ?? null;
  let byline: string | null = null;
  const datelines: Dateline[] = [];
  const body: string[] = [];
  const seen = new Set<string>(title ? [key(title)] : []);
  lines.forEach((line, i) => {
    if (i >= HEADER_WINDOW) return void body.push(line);
    if (seen.has(key(line))) return; // a repeated title or dateline
    seen.add(key(line));
    const dateline = readDateline(line);
    if (dateline) {
      datelines.push(dateline);
      if (dateline.rest) body.push(dateline.rest);
      return;
    }
    const author = readByline(line);
    if (author) return void (byline ??= author);
    if (detectTitle && title === null && body.length === 0 && i < lines.length - 1 && isPlausibleTitle(line)) {
      title = line;
      return;
    }
    body.push(line);
  });
  const published = hints.published ?? choosePublished(datelines) ?? leadDate(body[0]);
  return { title, published, author: hints.author ?? byline, body };
}

/** A title is one short line that does not end like a sentence (a "?" or "!" is fine). */
export function isPlausibleTitle(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length >= 3 && line.length <= 160 && words <= 25 && /\p{L}/u.test(line) && !/[.,;:]$/.test(line) && !/^(?:[-–—•*]|https?:)/.test(line);
}

/**
 * Last resort for a date: a first paragraph that opens on one ("Le 20 avril 2022, le
 * gouvernement…"), the way short news items and press digests start. The text stays.
 */
function leadDate(first: string | undefined): string | null {
  return first && /^(?:Le|On)\s/.test(first) ? parseWrittenDate(first) : null;
}

/** Comparison key: case, spacing, apostrophe style and final punctuation do not matter. */
function key(line: string): string {
  return line.toLowerCase().replace(/[’‘`]/g, "'").replace(/[\s.:]+$/g, '').replace(/\s+/g, ' ');
}
