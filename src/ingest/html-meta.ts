import { cleanAuthor } from './byline.js';
import { parseMachineDate } from './dates.js';
import type { DomDocument } from './dom.js';
import type { Hints } from './header.js';
import { readJsonLd } from './json-ld.js';

/**
 * Title, date and author from a page's markup, read before Readability (which edits the DOM).
 * Dates: `article:published_time` and JSON-LD `datePublished` first, as they describe the
 * article itself; a `<time datetime>` comes last, since it may belong to a sidebar teaser, so
 * one inside `<article>` is preferred.
 */
export function htmlHints(doc: DomDocument): Hints {
  const meta = metaMap(doc);
  const ld = readJsonLd(doc);
  const h1 = text(doc.querySelector('article h1') ?? doc.querySelector('h1'));
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const dates = [
    meta.get('article:published_time'), ld.datePublished, meta.get('date'), meta.get('dc.date'), meta.get('dc.date.issued'),
    meta.get('dcterms.date'), meta.get('dcterms.created'), meta.get('datepublished'), meta.get('pubdate'), time?.getAttribute('datetime'),
  ];
  const bylineEl = doc.querySelector('[rel=author], [itemprop=author], .byline, .author');
  const authors = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), ld.author, text(bylineEl)];
  return {
    title: meta.get('og:title') ?? meta.get('twitter:title') ?? pageTitle(doc.title, h1) ?? h1 ?? ld.headline ?? null,
    published: firstOf(dates.map(parseMachineDate)),
    author: firstOf(authors.map(cleanAuthor)),
  };
}

/** `<meta name|property|itemprop=… content=…>`, keyed in lower case (sites write "DC.date"). */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

/** `<title>` without the site's name: "Titre de l'article | Le Site" → "Titre de l'article". */
function pageTitle(raw: string | undefined, h1: string | null): string | null {
  const title = raw?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  if (h1 && title.startsWith(h1)) return h1;
  // A pipe always introduces the site's name; a dash may be part of the title ("Lévis - Québec").
  const cut = /^(.+?)\s+\|\s+[^|]{2,60}$/.exec(title) ?? /^(.{15,}?)\s+[–—-]\s+[^–—-]{2,60}$/.exec(title);
  return cut ? cut[1]! : title;
}

function text(el: { textContent: string | null } | null): string | null {
  const s = el?.textContent?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

function firstOf(values: (string | null)[]): string | null {
  return values.find((v) => v) ?? null;
}
