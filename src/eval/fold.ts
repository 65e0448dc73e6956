/**
 * Name folding as the facts-format spec defines it for matching: lower case, accents removed,
 * a leading article (le, la, les, l') dropped, punctuation to spaces, a leading title (M., Mme, Dr) dropped.
 * « L’Agence numérique » and « Agence numerique » fold alike.
 */
const LEADING_TITLE = /^(m|mme|mlle|dr|me|mr|mrs|ms|pr)\s+/;

export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^(le|la|les)\s+/, '')
    .replace(/^l'\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(LEADING_TITLE, '');
}
