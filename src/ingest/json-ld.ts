import type { DomDocument } from './dom.js';

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
}

/**
 * The article fields of a page's JSON-LD (`<script type="application/ld+json">`): the first
 * object, at any depth (arrays, `@graph`), that has a `datePublished` or a `headline`.
 * Broken JSON is skipped: a page's metadata must never make its article fail.
 */
export function readJsonLd(doc: DomDocument): JsonLdArticle {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return {};
}

function findArticle(node: unknown, depth: number): JsonLdArticle | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj.datePublished === 'string' || typeof obj.headline === 'string') {
    return { headline: str(obj.headline), datePublished: str(obj.datePublished), author: authorName(obj.author) };
  }
  return findArticle(obj['@graph'] ?? Object.values(obj).filter((v) => typeof v === 'object'), depth + 1);
}

/** `"author": "Jane"`, `{"name": "Jane"}` or a list of those: names joined with " et ". */
function authorName(author: unknown): string | undefined {
  const list = Array.isArray(author) ? author : [author];
  const names = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : undefined))
    .filter((n): n is string => !!n);
  return names.length ? names.join(' et ') : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
