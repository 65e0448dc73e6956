/** A place name for lookups: lower case, no accents, dashes and apostrophes as spaces (« Trois-Rivières » → « trois rivieres »). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`\-–—.,()]/g, ' ').replace(/^(?:la|le|les|l|the)\s+/, '').replace(/\s+/g, ' ').trim();
}
