import { basename, extname } from 'node:path';
import { cleanText, type CleanText } from './clean-text.js';
import { parseMachineDate } from './dates.js';
import { decodeBytes } from './decode.js';
import { IngestError, type SourceDocument } from './document.js';
import { parseFragment } from './dom.js';
import { parseFeed } from './feed.js';
import { parseHtml } from './html.js';
import { htmlToText } from './html-to-text.js';
import { makeDocument } from './make-document.js';
import { markdownToText } from './markdown.js';
import { detectFormat } from './sniff.js';

/** 20 MB: far above any article, low enough to refuse a stray video or database dump. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ParseOptions {
  maxBytes?: number;
}

/**
 * One file's bytes → its documents (one, or one per feed item). Pure: no file system, so the
 * API can parse a POSTed document the same way. Throws IngestError.
 */
export function parseFile(path: string, bytes: Uint8Array, opts: ParseOptions = {}): SourceDocument[] {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new IngestError('TOO_LARGE', path, `${bytes.length} bytes, over the ${maxBytes}-byte limit`);
  if (isBlank(bytes)) throw new IngestError('EMPTY', path, 'empty file');
  const text = decodeBytes(path, bytes);
  if (text.trim() === '') throw new IngestError('EMPTY', path, 'only whitespace');
  const id = basename(path, extname(path));
  switch (detectFormat(path, text)) {
    case 'feed':
      return parseFeedItems(path, id, text);
    case 'html':
      return [makeDocument(id, path, parseHtml(text))];
    case 'markdown':
      return [makeDocument(id, path, parseMarkdown(text))];
    case 'text':
      return [makeDocument(id, path, cleanText(text))];
  }
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d));
}

function parseMarkdown(source: string): CleanText {
  const { text, hints } = markdownToText(source);
  return cleanText(text, { ...hints, published: parseMachineDate(hints.published) });
}

/** One document per item, sourced `path#N` (N from 1). Items left with no text are skipped. */
function parseFeedItems(path: string, id: string, xml: string): SourceDocument[] {
  const docs: SourceDocument[] = [];
  parseFeed(xml, path).forEach((entry, i) => {
    const source = `${path}#${i + 1}`;
    // Some feeds put plain text with line breaks in <description>: keep its paragraphs.
    const body = /<[a-z!/]/i.test(entry.html) ? htmlToText(parseFragment(entry.html)) : entry.html;
    const clean = cleanText(body, entry);
    if (/\p{L}/u.test(clean.text)) docs.push(makeDocument(entry.id ?? `${id}#${i + 1}`, source, clean));
  });
  if (docs.length === 0) throw new IngestError('NO_TEXT', path, 'no feed item has any text');
  return docs;
}
