import { cleanAuthor } from './byline.js';
import { parseMachineDate } from './dates.js';
import { IngestError } from './document.js';
import { parseFragment, parseXmlDocument, type DomElement } from './dom.js';
import { xmlProblem } from './xml-check.js';

/** One RSS `<item>` or Atom `<entry>`, its body still HTML. */
export interface FeedEntry {
  /** The item's guid / Atom id (the feed's own stable identifier), else its link; null if neither. */
  id: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  html: string;
}

/** Does this text open as a feed (RSS 2.0, RSS 1.0/RDF, Atom), past the XML prolog? */
export function looksLikeFeed(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  return /^<(?:rss|feed|rdf:RDF)\b/.test(start);
}

/** Reads the entries of an RSS or Atom feed. Throws BAD_FEED for broken XML or no items. */
export function parseFeed(xml: string, file: string): FeedEntry[] {
  const problem = xmlProblem(xml);
  if (problem) throw new IngestError('BAD_FEED', file, `XML does not parse: ${problem}`);
  const doc = parseXmlDocument(xml);
  const items = [...Array.from(doc.getElementsByTagName('item')), ...Array.from(doc.getElementsByTagName('entry'))];
  if (items.length === 0) throw new IngestError('BAD_FEED', file, 'feed has no items');
  return items.map(readEntry);
}

function readEntry(item: DomElement): FeedEntry {
  const link = atomLink(item) ?? childText(item, 'link');
  const title = childText(item, 'title');
  return {
    id: childText(item, 'guid', 'id') ?? link,
    title: title ? (parseFragment(title).textContent ?? '').replace(/\s+/g, ' ').trim() || null : null,
    published: parseMachineDate(childText(item, 'pubDate', 'published', 'dc:date', 'updated')),
    author: itemAuthor(item),
    html: body(item),
  };
}

/** dc:creator, Atom `<author><name>`, or RSS `<author>` ("jane@x.ca (Jane Doe)" → "Jane Doe"). */
function itemAuthor(item: DomElement): string | null {
  const rss = childText(item, 'author');
  const named = rss && /\(([^)]+)\)\s*$/.exec(rss);
  const plain = rss && !rss.includes('@') && !child(item, 'author')?.children.length ? rss : null;
  return cleanAuthor(childText(item, 'dc:creator') ?? childText(child(item, 'author'), 'name') ?? (named ? named[1] : plain));
}

/** Full content before summaries: content:encoded, Atom content, then description/summary. */
function body(item: DomElement): string {
  const el = child(item, 'content:encoded', 'content', 'description', 'summary');
  if (!el) return '';
  // Atom type="xhtml" holds real elements, not escaped HTML: take their markup.
  if (el.getAttribute('type') === 'xhtml') return (el as DomElement & { innerHTML: string }).innerHTML;
  return el.textContent ?? '';
}

/** Atom `<link href>`: the `alternate` link, or one without `rel`. */
function atomLink(item: DomElement): string | null {
  const links = Array.from(item.children).filter((c) => c.tagName.toLowerCase() === 'link' && c.getAttribute('href'));
  const best = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return best?.getAttribute('href')?.trim() || null;
}

/** The first direct child with one of these tag names, in the order the names are given. */
function child(el: DomElement | null, ...names: string[]): DomElement | null {
  if (!el) return null;
  const kids = Array.from(el.children);
  for (const name of names) {
    const hit = kids.find((k) => k.tagName.toLowerCase() === name.toLowerCase());
    if (hit) return hit;
  }
  return null;
}

function childText(el: DomElement | null, ...names: string[]): string | null {
  const s = child(el, ...names)?.textContent?.trim();
  return s ? s : null;
}
