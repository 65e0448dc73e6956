import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.js';

/** Elements that start a new line: paragraphs, headings, list items, table rows, sections. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
/** Never text: code, styles, embedded media, form controls. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD']);

/**
 * DOM → text with one paragraph (or heading, or list item) per line. Unlike `textContent`,
 * which glues "…fin.</p><p>Début…" into "fin.Début", block boundaries become line breaks and
 * list items keep a "- " mark, as in the plain-text sources.
 */
export function htmlToText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/^-\n/gm, '- ') // <li><p>…</p></li>: keep the mark on the item's line
    .trim();
}

function walk(node: DomNode, parts: string[], pre = false): void {
  if (node.nodeType === TEXT_NODE) {
    // Source line breaks inside a <p> are spaces; only <pre> keeps them.
    parts.push(pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') return void parts.push('\n');
  const block = BLOCK.has(tag);
  if (block) parts.push('\n');
  if (tag === 'LI') parts.push('- ');
  if (tag === 'TD' || tag === 'TH') parts.push(' ');
  for (const child of Array.from(node.childNodes)) walk(child, parts, pre || tag === 'PRE');
  if (block) parts.push('\n');
}
