import type { Migration } from './migrations.js';

/**
 * The knowledge graph. What each article says is kept per document (occurrences, mentions,
 * fact_sources) and replaced when the article changes; what Veille concludes across articles
 * (entities, facts) is derived from it by resolution and can be rebuilt at any time.
 */
export const graphMigration: Migration = {
  version: 2,
  name: 'graph',
  sql: `
    -- Which version of each document its graph rows come from.
    CREATE TABLE extractions (
      doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      extracted_at TEXT NOT NULL
    );
    -- One real-world thing, whatever the number of articles and names it has.
    -- AUTOINCREMENT: an id is never reused, so a stale link 404s instead of showing another entity.
    CREATE TABLE entities (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      folded TEXT NOT NULL,
      doc_count INTEGER NOT NULL,
      mention_count INTEGER NOT NULL,
      renamed INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_type_folded ON entities(type, folded);
    CREATE INDEX entities_doc_count ON entities(doc_count DESC, id);
    -- Every spelling of its names and aliases, and how many documents use it.
    CREATE TABLE entity_names (
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      folded TEXT NOT NULL,
      uses INTEGER NOT NULL,
      PRIMARY KEY (entity_id, name)
    );
    CREATE INDEX entity_names_folded ON entity_names(folded);
    -- Why names were merged (reason: same-name, alias, acronym, person-variant, similar-name, curator-merge),
    -- and, with reason 'not-merged', merges resolution declined.
    CREATE TABLE entity_links (
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      from_name TEXT NOT NULL,
      to_name TEXT NOT NULL,
      reason TEXT NOT NULL,
      detail TEXT NOT NULL,
      PRIMARY KEY (entity_id, seq)
    );
    -- One document's entity as the extractor grouped its mentions; entity_id is its resolved entity.
    CREATE TABLE occurrences (
      id INTEGER PRIMARY KEY,
      doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      local_id TEXT NOT NULL,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      aliases TEXT NOT NULL, -- JSON array of strings
      mention_count INTEGER NOT NULL,
      entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
      UNIQUE (doc_id, local_id)
    );
    CREATE INDEX occurrences_entity ON occurrences(entity_id);
    -- Resolution keys (src/graph/keys.ts): occurrences can only merge through a shared key.
    CREATE TABLE occurrence_keys (
      key TEXT NOT NULL,
      occurrence_id INTEGER NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
      PRIMARY KEY (key, occurrence_id)
    ) WITHOUT ROWID;
    CREATE INDEX occurrence_keys_occurrence ON occurrence_keys(occurrence_id);
    -- Spans in the document's current clean text.
    CREATE TABLE mentions (
      occurrence_id INTEGER NOT NULL REFERENCES occurrences(id) ON DELETE CASCADE,
      doc_id TEXT NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL,
      sentence INTEGER NOT NULL,
      rule TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id, start);
    CREATE INDEX mentions_occurrence ON mentions(occurrence_id);
    -- One fact, stored once however many articles report it. fields: JSON, entity fields as entity ids.
    -- date: the fact's own date, else its earliest article's (date_basis says which).
    CREATE TABLE facts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      key TEXT NOT NULL UNIQUE,
      fields TEXT NOT NULL,
      date TEXT,
      date_basis TEXT,
      amount REAL,
      currency TEXT,
      source_count INTEGER NOT NULL
    );
    CREATE INDEX facts_type_date ON facts(type, date);
    CREATE TABLE fact_entities (
      entity_id INTEGER NOT NULL,
      fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      PRIMARY KEY (entity_id, fact_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX fact_entities_fact ON fact_entities(fact_id);
    -- What one article says: its fact (fields: entity fields as occurrence ids) and the evidence.
    CREATE TABLE fact_sources (
      id INTEGER PRIMARY KEY,
      doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      fields TEXT NOT NULL,
      fact_id INTEGER REFERENCES facts(id) ON DELETE SET NULL,
      sentence INTEGER,
      start INTEGER,
      end INTEGER,
      text TEXT,
      rule TEXT,
      UNIQUE (doc_id, seq)
    );
    CREATE INDEX fact_sources_fact ON fact_sources(fact_id);
    -- Curator merges, splits and renames; re-applied by every resolution. args: JSON (src/graph/types.ts).
    CREATE TABLE curator_decisions (
      id INTEGER PRIMARY KEY,
      action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')),
      args TEXT NOT NULL,
      summary TEXT NOT NULL,
      created_at TEXT NOT NULL,
      retired_by INTEGER REFERENCES curator_decisions(id)
    );
  `,
};
