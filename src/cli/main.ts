#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.js';
import { registerDocs } from './docs.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerShow } from './show.js';
import { registerSearch } from './search.js';
import { registerEntity } from './entity.js';
import { registerFacts } from './facts.js';
import { registerStats } from './stats.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';
import { version } from './version.js';

const program = new Command('veille')
  .description('Veille stratégique: news articles in, a sourced knowledge graph of Québec\'s digital ecosystem out')
  .version(version())
  .showHelpAfterError()
  .exitOverride();

registerIngest(program);
registerDocs(program);
registerShow(program);
registerExtract(program);
registerEval(program);
registerSearch(program);
registerEntity(program);
registerFacts(program);
registerStats(program);
registerServe(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof CliError) {
    console.error(`veille: ${e.message}`);
    process.exitCode = e.exitCode;
  } else {
    console.error(`veille: ${(e as Error).stack ?? e}`);
    process.exitCode = 70;
  }
}
