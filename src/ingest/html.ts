import { Readability } from '@mozilla/readability';
import { cleanAuthor } from './byline.js';
import { cleanText, type CleanText } from './clean-text.js';
import { parseMachineDate } from './dates.js';
import { parseFragment, parseHtmlDocument, type DomDocument } from './dom.js';
import { htmlHints } from './html-meta.js';
import { htmlToText } from './html-to-text.js';

/** Page regions that are never the article, removed when Readability finds no article. */
const CHROME = 'script, style, noscript, nav, header, footer, aside, form, iframe, [role=navigation], [role=banner], [role=contentinfo]';

/**
 * An HTML page → clean text and metadata. Readability picks the article out of the page;
 * its output then goes through the same text cleaner as plain text, which catches what
 * Readability keeps (an inline "À lire aussi", a newsletter call, a photo credit).
 */
export function parseHtml(html: string): CleanText {
  const doc = parseHtmlDocument(html);
  const hints = htmlHints(doc);
  const article = new Readability(doc as never).parse();
  const body = article?.content ? htmlToText(parseFragment(article.content)) : pageText(html);
  return cleanText(body, {
    title: hints.title ?? article?.title ?? null,
    published: hints.published ?? parseMachineDate(article?.publishedTime),
    author: hints.author ?? cleanAuthor(article?.byline),
  });
}

/** Fallback: the page's body minus its navigation, header, footer, asides and forms. */
function pageText(html: string): string {
  const doc: DomDocument = parseHtmlDocument(html);
  for (const el of Array.from(doc.querySelectorAll(CHROME))) el.remove();
  return doc.body ? htmlToText(doc.body) : '';
}
