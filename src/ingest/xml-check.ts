// One token per match: comment, CDATA, processing instruction, doctype, end tag, start tag, or a
// lone "<" that starts none of them (an unterminated comment, a bare "<" in text).
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>|</g;

/**
 * Why an XML text is not well-formed, or null if it is. linkedom's XML parser accepts
 * anything, so a truncated or broken feed would otherwise yield half-read items. Checks tag
 * nesting, quoting and a single root; entities and names are not validated further.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, close, open, selfClosing] = m;
    const at = () => `line ${xml.slice(0, m.index).split('\n').length}`;
    if (close) {
      const expected = stack.pop();
      if (expected !== close) return `</${close}> does not close <${expected ?? 'nothing'}> (${at()})`;
    } else if (open) {
      if (stack.length === 0 && ++roots > 1) return `a second root element <${open}> (${at()})`;
      if (!selfClosing) stack.push(open);
    } else if (token === '<') {
      return `unterminated or malformed markup (${at()})`;
    }
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  return roots ? null : 'no root element';
}
