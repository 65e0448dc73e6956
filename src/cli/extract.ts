import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { IngestError, type SourceDocument } from '../ingest/document.js';
import { readSources } from '../ingest/index.js';
import { factsFileName } from '../extract/facts-file.js';
import type { FactsFile } from '../extract/model.js';
import { extractDocument, type ExtractOptions } from '../pipeline.js';
import { progress } from './progress.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and facts from files, in the facts format (one JSON per document)')
    .argument('<path...>', 'files or folders to read')
    .option('--out <dir>', 'write DIR/<doc>.json for each document (default: one JSON object per line on stdout)')
    .option('--tagger', 'also consult the statistical NER tagger (off by default: see docs/ner.md)')
    .option('--explain', 'also list every entity mention with the rule that found it (facts always carry their evidence)')
    .action(async (paths: string[], opts: { out?: string; explain?: boolean; tagger?: boolean }) => {
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      let written = 0;
      const failed = await forEachExtraction(paths, { explain: opts.explain, tagger: opts.tagger }, (file) => {
        if (opts.out) writeFileSync(join(opts.out, factsFileName(file.doc)), `${JSON.stringify(file, null, 2)}\n`);
        else console.log(JSON.stringify(file));
        written++;
      });
      if (opts.out) console.error(`${written} documents extracted to ${opts.out}${failed ? `, ${failed} files failed` : ''}`);
      if (failed) process.exitCode = 1;
    });
}

/** Reads sources and extracts each document; returns how many files failed. */
export async function forEachExtraction(
  paths: string[],
  opts: ExtractOptions,
  each: (file: FactsFile, doc: SourceDocument) => void,
): Promise<number> {
  let failed = 0;
  const bar = progress('extracting');
  for await (const item of readSources(paths)) {
    if (item instanceof IngestError) {
      failed++;
      bar.note(`error: ${item.message}`);
      continue;
    }
    each(extractDocument(item, opts).file, item);
    bar.tick();
  }
  bar.done();
  return failed;
}
