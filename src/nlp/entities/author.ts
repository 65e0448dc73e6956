/**
 * A byline ("Par Marc-André Gagnon" → author "Marc-André Gagnon") names a person the annotators count,
 * though the body never mentions them: a PER entity with no mention, unless the body already has them.
 * "Rédaction", "La Presse canadienne" or an agency are not persons.
 */
import type { Entity } from '../../extract/model.js';
import { lexKey } from '../lexicons.js';
import { foldKey } from './keys.js';
import type { EntityLexicons } from './lexicon.js';

export function personName(author: string, lx: EntityLexicons): boolean {
  const parts = author.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  if (!parts.every((p) => /^\p{Lu}[\p{L}'’.-]*$/u.test(p))) return false;
  if (parts.some((p) => lx.base.stopCapitalized.has(lexKey(p)) || lx.base.orgHeads.has(lexKey(p)) || lx.base.orgTails.has(lexKey(p)))) return false;
  const first = lexKey(parts[0]!);
  return lx.base.firstNames.has(first) || first.split(' ').every((p) => lx.base.firstNames.has(p));
}

export function addAuthor(author: string | null, entities: Entity[], lx: EntityLexicons): void {
  if (!author || !personName(author, lx)) return;
  const key = foldKey(author);
  if (entities.some((e) => e.type === 'PER' && (foldKey(e.name) === key || e.aliases.some((a) => foldKey(a) === key)))) return;
  entities.push({ id: `e${entities.length + 1}`, type: 'PER', name: author.trim(), aliases: [], mentions: [] });
}
