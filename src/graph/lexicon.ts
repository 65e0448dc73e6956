import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repo-root.js';

/** The resolver's word lists (src/graph/lexicons/): plain files people edit, one entry a line, `#` comments. */
export interface NameLexicon {
  legalSuffixes: string[];
  abbreviations: Map<string, string>;
  functionWords: Set<string>;
  keptInAcronyms: Set<string>;
}

let cached: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const abbreviations = new Map<string, string>();
  for (const line of lines('name-abbreviations.tsv')) {
    const [short, long] = line.split('\t');
    if (short && long) abbreviations.set(short.trim(), long.trim());
  }
  // Longest first, so « s a s » is removed whole rather than as « s a ».
  const legalSuffixes = lines('legal-suffixes.txt').sort((a, b) => b.length - a.length);
  return (cached = {
    legalSuffixes,
    abbreviations,
    functionWords: new Set(lines('function-words.txt')),
    keptInAcronyms: new Set(lines('keep-in-acronyms.txt')),
  });
}

function lines(file: string): string[] {
  return readFileSync(join(repoRoot(), 'src', 'graph', 'lexicons', file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}
