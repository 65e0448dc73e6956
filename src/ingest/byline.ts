// A name as bylines write it: "Denis Dupont", "Marie-Ève D’Amours", "Jean de La Fontaine", "JANE DOE".
const NAME_WORD = `\\p{Lu}[\\p{L}'’.-]*`;
const PARTICLE = `(?:de|du|des|la|le|van|von|da|di|d[’'](?=\\p{Lu}))`;
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}|(?<=[’'])${NAME_WORD}){1,4}`;
const BYLINE = new RegExp(
  `^(?:[Pp]ar|[Bb]y|BY|PAR|[ÉéEe]crit par|[Ww]ritten by)\\s*:?\\s+(?<names>${NAME}(?:\\s+(?:et|and|&)\\s+${NAME})*)` +
    `(?:\\s*(?:,|\\||-|–|—)\\s*(?<org>[^.!?]{1,60}))?$`,
  'u',
);

/**
 * Reads a byline ("Par Denis Dupont", "By Jane Doe", "Par Jean Tremblay, Les Affaires") and
 * returns the author's name, without the outlet. Lines longer than a byline are never one,
 * so "Par ailleurs, la firme…" cannot match (and "ailleurs" is not capitalized anyway).
 */
export function readByline(line: string): string | null {
  if (line.length > 100) return null;
  const m = BYLINE.exec(line);
  return m?.groups?.names ? m.groups.names.trim() : null;
}

/**
 * An author string from metadata: "Par Denis Dupont | 3 mai 2021" → "Denis Dupont";
 * URLs (`article:author` is often a profile link) are not names.
 */
export function cleanAuthor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const flat = raw.replace(/\s+/g, ' ').trim();
  const byline = readByline(flat);
  if (byline) return byline;
  const s = flat.replace(/^(?:par|by|écrit par|written by)\s*:?\s+/i, '').split(/\s+[|•·]\s+/)[0]!;
  if (!s || /^https?:\/\//i.test(s) || s.length > 100) return null;
  return s;
}
