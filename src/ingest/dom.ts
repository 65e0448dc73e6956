import { DOMParser, parseHTML } from 'linkedom';

/**
 * The few DOM members the ingest layer uses. linkedom's own types lean on the DOM lib, which
 * this Node project does not load, so they arrive as `any`; these keep the code checked.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  title: string;
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(html).document as DomDocument;
}

/** linkedom's XML parser is lenient (it never rejects); well-formedness is checked apart. */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** Parses an HTML fragment (a feed item's description) and returns its container. */
export function parseFragment(html: string): DomElement {
  const doc = parseHtmlDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return doc.body ?? (doc.documentElement as DomElement);
}
