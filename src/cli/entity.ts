import type { Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../extract/model.js';
import { parseCount } from './docs.js';
import { registerCuration } from './entity-curate.js';
import { entityArg } from './entity-arg.js';
import { CliError } from './errors.js';
import { formatProfile } from './format-profile.js';
import { openStore } from './store-option.js';
import { table } from './table.js';

interface EntityOptions {
  db?: string;
  type?: string;
  facts: number;
  limit: number;
  json?: boolean;
}

export function registerEntity(program: Command): void {
  const entity = program
    .command('entity')
    .description("an entity's profile (names, facts by kind with sources, roles over time, funding, partners); without NAME, the entities")
    .argument('[name...]', 'a name, alias or acronym (accents, case and articles ignored), or an entity id')
    .option('--db <file>', 'SQLite database file (default: $VEILLE_DB or ./veille.db)')
    .option('--type <type>', `only entities of this type (${ENTITY_TYPES.join(', ')})`)
    .option('--facts <n>', 'at most this many facts in the profile', parseCount, 50)
    .option('--limit <n>', 'without NAME: at most this many entities', parseCount, 50)
    .option('--json', 'JSON output')
    .action((words: string[], opts: EntityOptions) => {
      const type = entityType(opts.type);
      const store = openStore(opts.db);
      try {
        if (words.length === 0) {
          const page = store.graph.listEntities({ type, limit: opts.limit });
          if (opts.json) return console.log(JSON.stringify(page, null, 2));
          console.log(table(['id', 'type', 'docs', 'facts', 'name', 'aliases'],
            page.items.map((e) => [String(e.id), e.type, String(e.documents), String(e.factCount), e.name, e.aliases.join(', ')])));
          return console.log(`${page.items.length} of ${page.total} entities`);
        }
        const ref = entityArg(store, words.join(' '), type);
        const profile = store.graph.profile(ref.id, opts.facts)!;
        console.log(opts.json ? JSON.stringify(profile, null, 2) : formatProfile(profile));
      } finally {
        store.close();
      }
    });
  registerCuration(entity);
}

export function entityType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const t = value.toUpperCase() as EntityType;
  if (!ENTITY_TYPES.includes(t)) throw new CliError(`--type: expected one of ${ENTITY_TYPES.join(', ')}, got "${value}"`);
  return t;
}
