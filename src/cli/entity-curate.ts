import type { Command } from 'commander';
import { CurationError } from '../graph/curation.js';
import type { CurationResult } from '../store/curation.js';
import type { Store } from '../store/store.js';
import { entityArg } from './entity-arg.js';
import { CliError } from './errors.js';
import { openStore } from './store-option.js';
import { table } from './table.js';

interface Globals {
  db?: string;
  json?: boolean;
}

/**
 * `veille entity merge|split|rename|decisions|rebuild`: curator decisions, stored and re-applied
 * after every ingest. --db and --json are the `entity` command's.
 */
export function registerCuration(entity: Command): void {
  entity.command('merge')
    .description('B is the same entity as A: merge it into A (kept after re-ingestion)')
    .argument('<a>', 'name or id of the entity to keep').argument('<b>', 'name or id of the entity that joins it')
    .action((a: string, b: string, _o: object, cmd: Command) => curate(cmd, (store) => {
      const into = entityArg(store, a);
      const from = entityArg(store, b);
      return [store.graph.merge(into.id, from.id), `merged « ${from.name} » (#${from.id}) into « ${into.name} »`];
    }));
  entity.command('split')
    .description('the occurrences of an entity in some documents, or under some names, are another entity')
    .argument('<name>', 'name or id of the entity')
    .option('--doc <id...>', 'documents whose occurrence is another entity')
    .option('--name <spelling...>', 'spellings that name another entity (e.g. an acronym merged by mistake)')
    .action((name: string, o: { doc?: string[]; name?: string[] }, cmd: Command) => curate(cmd, (store) => {
      if (!o.doc?.length && !o.name?.length) throw new CliError('split: give --doc or --name');
      const e = entityArg(store, name);
      const r = store.graph.split(e.id, { docs: o.doc, names: o.name });
      return [r, `split from « ${e.name} » (#${r.entity}): now #${r.split?.join(', #')}`];
    }));
  entity.command('rename')
    .description('show an entity under a name of your choosing')
    .argument('<name>', 'current name or id').argument('<new-name>', 'the name to show')
    .action((name: string, next: string, _o: object, cmd: Command) => curate(cmd, (store) => {
      const e = entityArg(store, name);
      return [store.graph.rename(e.id, next), `renamed « ${e.name} » (#${e.id}) to « ${next} »`];
    }));
  entity.command('decisions')
    .description('list curator decisions (retired ones were replaced by a later decision)')
    .action((_o: object, cmd: Command) => withStore(cmd, (store, g) => {
      const list = store.graph.decisions();
      if (g.json) return console.log(JSON.stringify(list, null, 2));
      console.log(table(['id', 'date', 'action', 'retired by', 'what'],
        list.map((d) => [String(d.id), d.createdAt.slice(0, 10), d.action, d.retiredBy ? `#${d.retiredBy}` : '', d.summary])));
    }));
  entity.command('rebuild')
    .description('re-resolve every entity and fact from the stored extractions and decisions (after upgrading Veille)')
    .action((_o: object, cmd: Command) => withStore(cmd, (store, g) => {
      const r = store.graph.rebuild();
      console.log(g.json ? JSON.stringify(r) : `re-resolved ${r.occurrences} occurrences into ${r.entitiesCreated} entities`);
    }));
}

function curate(cmd: Command, run: (store: Store) => [CurationResult, string]): void {
  withStore(cmd, (store, g) => {
    try {
      const [result, message] = run(store);
      console.log(g.json ? JSON.stringify(result) : `${message} (decision #${result.decision})`);
    } catch (e) {
      if (e instanceof CurationError) throw new CliError(e.message);
      throw e;
    }
  });
}

function withStore(cmd: Command, run: (store: Store, g: Globals) => void): void {
  const g = cmd.optsWithGlobals<Globals>();
  const store = openStore(g.db);
  try {
    run(store, g);
  } finally {
    store.close();
  }
}
