import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/repo-root.js';

/**
 * Extra names from Veille's own lexicons (data/lexicons, MIT, general knowledge): world
 * places and first names. Read defensively: a missing or reshaped file just adds nothing.
 */
export interface ProjectNames {
  countries: string[];
  cities: string[];
  areas: string[];
  firstNames: string[];
}

function rows(file: string): string[][] {
  const path = join(repoRoot(), 'data', 'lexicons', file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((c) => c.trim()));
}

export function projectNames(): ProjectNames {
  const world = rows('places-world.tsv');
  const ofKind = (kind: string): string[] => world.filter((r) => r[1] === kind && r[0]).map((r) => r[0]!);
  return {
    countries: ofKind('country'),
    cities: ofKind('city'),
    areas: [...ofKind('area'), ...ofKind('region')],
    firstNames: rows('first-names.txt').map((r) => r[0]!).filter((n) => /^\p{Lu}/u.test(n)),
  };
}

/**
 * Guessed French forms of a place name: [in, of, the]. "Norvège" → en / de la / la;
 * "Pérou" → au / du / le; "Émirats arabes unis" → aux / des / les. Wrong guesses only
 * cost grammar, not labels.
 */
export function placeForms(name: string): [string, string, string] {
  const head = name.split(/[\s-]/)[0]!;
  if (/s$/.test(head) && head.length > 4) return ['aux ', 'des ', 'les '];
  if (/^[aeiouyàâéèêîïôû]/i.test(name)) return ['en ', "de l'", "l'"];
  if (/e$/.test(head)) return ['en ', 'de la ', 'la '];
  return ['au ', 'du ', 'le '];
}
