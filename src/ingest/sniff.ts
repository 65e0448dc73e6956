import { extname } from 'node:path';
import { looksLikeFeed } from './feed.js';

export type Format = 'text' | 'markdown' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/**
 * The format to parse a file as. Content that opens as a feed is a feed whatever its name
 * (feeds get saved as .txt or without extension); otherwise the extension decides, and for an
 * unknown one the content: HTML if it looks like HTML, else plain text.
 */
export function detectFormat(path: string, text: string): Format {
  if (looksLikeFeed(text)) return 'feed';
  const known = BY_EXTENSION[extname(path).toLowerCase()];
  if (known) return known;
  return looksLikeHtml(text) ? 'html' : 'text';
}

/** A doctype or `<html>`/`<body>` at the start, or several common tags in the first 4 KB. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(head)) return true;
  return (head.match(/<(?:p|div|br|a\s+href|span|h[1-6]|li|meta|title)\b[^>]*>/gi) ?? []).length >= 3;
}
