import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../repo-root.js';
import type { EntityType } from '../labels.js';
import type { TrainSentence } from '../perceptron.js';
import { readEuropeana } from './europeana.js';
import { readHipe } from './hipe.js';
import { readSequoia } from './sequoia.js';
import { readWikiNeural } from './wikineural.js';

/**
 * The NER corpora of shared/data, by name and split, with the licence that decides their use.
 * `trainable` = the licence lets anyone use a model trained on it for any purpose, and the
 * split is not held out for testing.
 */
export interface CorpusSplit {
  name: string;
  licence: string;
  trainable: boolean;
  /** Where the data comes from, for attribution. */
  source: string;
  /** Types the corpus does not annotate (tagged O even when present). */
  unannotated: readonly EntityType[];
  read(): TrainSentence[];
}

/** shared/data beside the repository, or $VEILLE_SHARED_DATA. */
export function sharedDataDir(): string {
  return process.env.VEILLE_SHARED_DATA ?? join(repoRoot(), '..', 'shared', 'data');
}

const SEQ = 'ner-sequoia-parseme-fr/sequoia-ud.parseme.frsemcor.simple';
const NEWSEYE = 'ner-hipe2022-newseye-fr/HIPE-2022-v2.1-newseye';
const AJMC = 'ner-hipe2022-ajmc-fr/HIPE-2022-v2.1-ajmc';

const SOURCES: Record<string, string> = {
  sequoia: 'Sequoia corpus with PARSEME-FR named entities (Candito et al.; deep-sequoia), via the pstal course mirror',
  newseye: 'NewsEye GT NER (Hamdi et al., SIGIR 2021, doi:10.5281/zenodo.4573313), via HIPE-2022 v2.1',
  ajmc: 'Ajax Multi-Commentary NER (AjMC), via HIPE-2022 v2.1',
  europeana: 'Europeana Newspapers NER corpus, BnF French (Neudecker, LREC 2016)',
  wikineural: 'WikiNEuRal (Tedeschi et al., Findings of EMNLP 2021)',
};

const SPLITS: Record<string, [file: string, licence: string, trainable: boolean, reader: (p: string) => TrainSentence[]]> = {
  'sequoia-train': [`${SEQ}.train.conllu`, 'LGPL-LR', true, readSequoia],
  'sequoia-dev': [`${SEQ}.dev.conllu`, 'LGPL-LR', true, readSequoia],
  'sequoia-test': [`${SEQ}.test.conllu`, 'LGPL-LR', false, readSequoia],
  'newseye-dev': [`${NEWSEYE}-dev-fr.tsv`, 'CC BY 4.0', true, readHipe],
  'newseye-dev2': [`${NEWSEYE}-dev2-fr.tsv`, 'CC BY 4.0', true, readHipe],
  'newseye-test': [`${NEWSEYE}-test-fr.tsv`, 'CC BY 4.0', false, readHipe],
  'ajmc-train': [`${AJMC}-train-fr.tsv`, 'CC BY 4.0', true, readHipe],
  europeana: ['ner-europeana-fr/enp_FR.bnf.bio', 'CC0', true, readEuropeana],
  'wikineural-test': ['ner-wikineural-fr/test.conllu', 'CC BY-NC-SA 4.0 (evaluation only)', false, readWikiNeural],
  'wikineural-val': ['ner-wikineural-fr/val.conllu', 'CC BY-NC-SA 4.0 (evaluation only)', false, readWikiNeural],
};

export function corpusNames(): string[] {
  return Object.keys(SPLITS);
}

export function corpus(name: string): CorpusSplit {
  const entry = SPLITS[name];
  if (!entry) throw new Error(`unknown corpus "${name}"; known: ${corpusNames().join(', ')}`);
  const [file, licence, trainable, reader] = entry;
  const path = join(sharedDataDir(), file);
  // Europeana has no MISC; NewsEye's HumanProd (→ MISC) covers media titles only.
  const unannotated: EntityType[] = /^(europeana|newseye)/.test(name) ? ['MISC'] : [];
  const source = SOURCES[name.split('-')[0]!] ?? '';
  return { name, licence, trainable, source, unannotated, read: () => reader(path) };
}

export function corpusAvailable(name: string): boolean {
  const entry = SPLITS[name];
  return entry !== undefined && existsSync(join(sharedDataDir(), entry[0]));
}
