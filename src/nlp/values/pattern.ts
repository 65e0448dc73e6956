/** Helpers that build RegExp sources from word lists (all compiled with the `u` flag). */

/** A space inside a number or an expression: space, NBSP, narrow NBSP, thin space. */
export const SPACE = '[ \\u00A0\\u202F\\u2009]';

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of literals, compiled as a trie ("mars|mai|march" → "ma(?:rs|i|rch)") so the
 * engine picks a branch by its first char instead of trying every word; longer words are tried
 * first ("millions" before "million").
 */
export function alternation(literals: readonly string[]): string {
  const root: Trie = new Map();
  for (const word of new Set(literals)) {
    let node = root;
    for (const ch of word) node = node.get(ch) ?? node.set(ch, new Map()).get(ch)!;
    node.set('', new Map());
  }
  return trieSource(root);
}

type Trie = Map<string, Trie>;

function trieSource(node: Trie): string {
  const branches = [...node].filter(([ch]) => ch !== '').map(([ch, child]) => escapeRegExp(ch) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.has('')) return body;
  return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * Like `alternation`, for multi-word phrases: a space matches any run of spaces (NBSP too) and
 * an apostrophe matches ' or ’, so "plus d'" also finds "plus d’".
 */
export function phrases(literals: readonly string[]): string {
  return alternation(literals).replace(/ /g, `${SPACE}+`).replace(/['’]/g, "['’]");
}
