import type { Entity, Fact, FactsFile } from './model.js';

/**
 * The facts-format JSON of an extraction. Each fact keeps its evidence (the scorer ignores
 * unknown fields); with `explain`, each entity also lists its mentions and the rules that found them.
 */
export function toFactsFile(
  doc: { id: string; published: string | null },
  entities: Entity[],
  facts: Fact[],
  opts: { explain?: boolean } = {},
): FactsFile {
  const out: FactsFile = {
    doc: doc.id,
    entities: entities.map((e) => ({
      id: e.id, type: e.type, name: e.name,
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      ...(opts.explain ? { mentions: e.mentions.map(({ start, end, text, rule }) => ({ start, end, text, rule })) } : {}),
    })),
    facts: facts.map((f) => ({ ...f })),
  };
  if (doc.published) out.published = doc.published;
  return out;
}

/** A file name for a document id: feed ids can be URLs, which must not become paths. */
export function factsFileName(id: string): string {
  const safe = id.replace(/^[a-z]+:\/\//i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 180);
  return `${safe || 'document'}.json`;
}
