/**
 * A rule opening on a lookbehind, "(?<={ORG:a}{LOOSE:80})partenariat avec {ORG:b}", would run
 * that 80-character lookbehind at every offset of the sentence. Prefixing a lookahead on what
 * follows it ("partenariat avec …", group names dropped) lets the engine reject most offsets on
 * their first letter; the match, its groups and offsets stay the same (a lookahead captures nothing).
 */
export function anchorLookbehind(source: string): string {
  if (!source.startsWith('(?<=')) return source;
  const rest = source.slice(groupEnd(source, 0));
  return rest ? `(?=${stripGroupNames(rest)})${source}` : source;
}

/** One token of a regex source at `i`: an escape, a character class, or one character. */
function tokenAt(source: string, i: number): string {
  if (source[i] === '\\') return /^\\[pPu]\{[^}]*\}|^\\k<[^>]*>|^\\c.|^\\./s.exec(source.slice(i))?.[0] ?? '\\';
  if (source[i] === '[') return /^\[(?:\\.|[^\]\\])*\]/s.exec(source.slice(i))?.[0] ?? '[';
  return source[i]!;
}

/** The offset just past the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length;) {
    const t = tokenAt(source, i);
    if (t === '(') depth++;
    else if (t === ')' && --depth === 0) return i + 1;
    i += t.length;
  }
  throw new Error(`unbalanced pattern: ${source}`);
}

/** "(?<kind>…)" → "(?:…)": a group name may appear only once in a regex. */
function stripGroupNames(source: string): string {
  let out = '';
  for (let i = 0; i < source.length;) {
    const t = tokenAt(source, i);
    const name = t === '(' ? /^\(\?<[a-zA-Z]\w*>/.exec(source.slice(i)) : null;
    out += name ? '(?:' : t;
    i += name ? name[0].length : t.length;
  }
  return out;
}
