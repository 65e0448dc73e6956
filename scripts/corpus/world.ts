import { initialsOf } from '../../src/graph/names.js';
import type { EntityType } from '../../src/extract/model.js';
import type { Random } from './random.js';
import * as V from './vocabulary.js';

/** A thing of the synthetic world; `truth` identifies it across articles, for scoring resolution. */
export interface Thing {
  truth: string;
  type: EntityType;
  name: string;
  /** Short form some articles use instead of the name (RNS, or a person's middle-initial variant). */
  variant?: string;
}

export interface World {
  networks: Thing[];
  companies: Thing[];
  funders: Thing[];
  programs: Thing[];
  people: Thing[];
  cities: Thing[];
  abroad: Thing[];
}

export function buildWorld(r: Random): World {
  const unique = <T>(make: () => string, count: number, wrap: (name: string, i: number) => T): T[] => {
    const seen = new Set<string>();
    for (let tries = 0; seen.size < count && tries < count * 50; tries++) seen.add(make());
    return [...seen].map(wrap);
  };
  const places = (list: readonly string[], tag: string) => list.map((name, i): Thing => ({ truth: `${tag}${i}`, type: 'LOC', name }));
  return {
    networks: unique(() => `${r.pick(V.NETWORK_HEADS)} ${r.pick(V.NETWORK_TOPICS)} de ${r.pick(V.CITIES)}`, 300, (name, i) => {
      const acronym = initialsOf(name)[0]?.toUpperCase();
      return { truth: `net${i}`, type: 'ORG', name, ...(acronym && acronym.length >= 3 ? { variant: acronym } : {}) };
    }),
    companies: unique(() => `${r.pick(V.COMPANY_STEMS)}${r.pick(V.COMPANY_ENDS)}${r.chance(0.5) ? ` ${r.pick(V.COMPANY_KINDS)}` : ''}`, 700,
      (name, i) => ({ truth: `co${i}`, type: 'ORG', name, variant: `${name} inc.` })),
    funders: V.FUNDERS.map((name, i) => ({ truth: `fund${i}`, type: 'ORG', name })),
    programs: unique(() => r.pick(V.PROGRAM_FORMS).replace('{x}', r.pick(V.PROGRAM_WORDS)), 24, (name, i) => ({ truth: `prog${i}`, type: 'PROGRAM', name })),
    people: unique(() => `${r.pick(V.FIRST_NAMES)} ${r.pick(V.LAST_NAMES)}`, 900, (name, i) => {
      const [first, ...last] = name.split(' ');
      const initial = String.fromCharCode(65 + (i % 26));
      return { truth: `per${i}`, type: 'PER', name, ...(i % 5 === 0 ? { variant: `${first} ${initial}. ${last.join(' ')}` } : {}) };
    }),
    cities: places(V.CITIES, 'city'),
    abroad: places(V.ABROAD, 'abroad'),
  };
}
