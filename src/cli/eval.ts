import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { FactsFile } from '../extract/model.js';
import { factsFileName } from '../extract/facts-file.js';
import { formatScore, score } from '../eval/score.js';
import { CliError } from './errors.js';
import { forEachExtraction } from './extract.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('extract from files and score against gold facts files (same figures as shared/eval/score.mjs)')
    .argument('<path...>', 'articles to extract from')
    .requiredOption('--gold <dir>', 'folder of gold <doc>.json files')
    .option('--verbose', 'list every missed and spurious entity and fact')
    .option('--json', 'print the scores as JSON')
    .option('--tagger', 'also consult the statistical NER tagger (off by default: see docs/ner.md)')
    .action(async (paths: string[], opts: { gold: string; verbose?: boolean; json?: boolean; tagger?: boolean }) => {
      const gold = readGold(opts.gold);
      const predicted = new Map<string, FactsFile>();
      const failed = await forEachExtraction(paths, { tagger: opts.tagger }, (file) => predicted.set(factsFileName(file.doc), file));
      const pairs = [...gold].map(([name, g]) => ({
        doc: g.doc ?? name.replace(/\.json$/, ''),
        gold: g,
        pred: predicted.get(name) ?? { entities: [], facts: [] },
      }));
      const result = score(pairs);
      if (opts.json) {
        const { notes, ...figures } = result;
        console.log(JSON.stringify(opts.verbose ? result : figures, null, 2));
      } else {
        if (opts.verbose) for (const n of result.notes) console.log(n);
        console.log(formatScore(result));
      }
      if (failed) process.exitCode = 1;
    });
}

function readGold(dir: string): Map<string, FactsFile> {
  if (!existsSync(dir)) throw new CliError(`${dir}: no such gold folder`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CliError(`${dir}: no gold .json files`);
  const gold = new Map<string, FactsFile>();
  for (const f of files) {
    try {
      gold.set(f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as FactsFile);
    } catch (e) {
      throw new CliError(`${join(dir, f)}: not valid JSON: ${(e as Error).message}`);
    }
  }
  return gold;
}
