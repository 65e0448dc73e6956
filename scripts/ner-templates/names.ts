import { gazetteer, list, sections, type Filler } from './fillers.js';
import { placeForms, projectNames } from './project-lexicons.js';

/** Invents entity names from the lists of this folder, with a seeded random source. */
export class NameMaker {
  private readonly first = list('first-names.txt');
  private readonly last = list('last-names.txt');
  private readonly heads = sections('org-heads.txt');
  private readonly domains = sections('org-domains.txt');
  private readonly company = sections('company-parts.txt');
  private readonly places = sections('places.txt');
  private readonly events = sections('events.txt');
  readonly ministries = list('ministries.txt');
  readonly titles = sections('titles.txt');
  readonly terms = sections('terms.txt');
  private readonly gaz = gazetteer();
  private readonly lex = projectNames();

  constructor(readonly random: () => number) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  person(): Filler {
    const initial = this.chance(0.05) ? ` ${this.pick([...'ABCDJLMPRS'])}.` : '';
    const first = this.lex.firstNames.length && this.chance(0.4) ? this.pick(this.lex.firstNames) : this.pick(this.first);
    return { text: `${first}${initial} ${this.lastName()}`, type: 'PER' };
  }

  lastName(): string {
    return this.pick(this.last);
  }

  /** "Conseil québécois du logiciel libre", "Réseau des entrepreneurs de Laval". */
  institution(): Filler {
    const [head, gender] = splitGender(this.pick(this.heads.get('fr')!));
    const parts = [head];
    const adj = this.chance(0.5) ? this.pick(this.domains.get('adj')!).split(' ') : null;
    if (adj) parts.push(gender === 'f' ? adj[1]! : adj[0]!);
    if (!adj || this.chance(0.7)) parts.push(this.pick(this.domains.get('fr')!));
    if (this.chance(0.3)) parts.push(this.pick(['du Québec', 'du Canada', `de ${this.city()}`, this.regionDe()]));
    return { text: parts.join(' '), type: 'ORG', gender };
  }

  /** "Novatek", "Pixelsoft Solutions", "Groupe Boréal Data". */
  firm(): Filler {
    const syl = this.company.get('syllables')![0]!.split(' ');
    const words = this.company.get('words')![0]!.split(' ');
    const tails = this.company.get('tails')![0]!.split(' ');
    const r = this.random();
    let name =
      r < 0.4 ? cap(Array.from({ length: 2 + Math.floor(this.random() * 2) }, () => this.pick(syl)).join(''))
      : r < 0.7 ? this.pick(words) + (this.chance(0.3) ? cap(this.pick(tails)) : this.pick(tails))
      : r < 0.8 ? `${this.pick(words)} ${cap(this.pick(tails))}`
      : r < 0.88 ? `${this.randomAcronym().slice(0, 3)}${cap(this.pick(tails))}` // "QCTech"
      : `${this.lastName()}`;
    if (this.chance(0.08)) name = name.toUpperCase();
    if (this.chance(0.1)) name = `Groupe ${name}`;
    else if (this.chance(0.45) || r >= 0.88) name = `${name} ${this.pick(this.company.get('endings')!)}`;
    return { text: name, type: 'ORG' };
  }

  school(): Filler {
    const r = this.random();
    if (r < 0.3) return { text: `Université de ${this.city()}`, type: 'ORG', gender: 'f' };
    if (r < 0.45) return { text: `Université du Québec à ${this.city()}`, type: 'ORG', gender: 'f' };
    if (r < 0.7) return { text: `Cégep de ${this.city()}`, type: 'ORG', gender: 'm' };
    if (r < 0.85) return { text: `Collège ${this.pick(this.first)}-${this.lastName()}`, type: 'ORG', gender: 'm' };
    const adj = this.pick(this.domains.get('adj')!).split(' ')[1]!;
    return { text: `École ${adj} ${this.pick(this.domains.get('fr')!)}`, type: 'ORG', gender: 'f' };
  }

  ministry(): Filler {
    return { text: `ministère ${this.pick(this.ministries)}`, type: 'ORG', gender: 'm' };
  }

  cityHall(): Filler {
    return { text: `Ville de ${this.city()}`, type: 'ORG', gender: 'f' };
  }

  /** Initials of the name's content words: "Regroupement des entreprises en logiciel libre" → "RELL". */
  acronymOf(name: string): string {
    const words = name.split(/[\s']+/).filter((w) => !/^(de|du|des|la|le|les|l|d|et|en|à|pour|of|for|the|and)$/i.test(w));
    const acro = words.map((w) => w[0]!.toUpperCase()).join('');
    return acro.length >= 2 && acro.length <= 6 ? acro : this.randomAcronym();
  }

  randomAcronym(): string {
    const n = 2 + Math.floor(this.random() * 4);
    return Array.from({ length: n }, () => this.pick([...'ABCDEFGHIJLMNOPQRSTVÉ'])).join('');
  }

  event(): Filler {
    const [head, gender] = splitGender(this.pick(this.events.get('heads')!));
    const parts = [head];
    if (this.chance(0.5)) parts.push(this.pick(this.events.get('adj')!).split(' ')[gender === 'f' ? 1 : 0]!);
    parts.push(this.pick(this.events.get('topics')!));
    if (this.chance(0.25)) parts.push(`de ${this.city()}`);
    if (this.chance(0.3)) parts.push(String(2015 + Math.floor(this.random() * 12)));
    return { text: parts.join(' '), type: 'MISC', gender };
  }

  city(): string {
    return this.gaz.towns.length && this.chance(0.3) ? this.pick(this.gaz.towns) : this.pick(this.places.get('qc-cities')!);
  }

  worldCity(): string {
    return this.lex.cities.length && this.chance(0.5) ? this.pick(this.lex.cities) : this.pick(this.places.get('world')!);
  }

  /** A country with its French forms, spaces included: ["Japon", "au ", "du ", "le "]. */
  country(): [name: string, inForm: string, ofForm: string, theForm: string] {
    if (this.lex.countries.length && this.chance(0.5)) {
      const name = this.pick(this.lex.countries);
      return [name, ...placeForms(name)];
    }
    const [name, inForm, ofForm] = this.pick(this.places.get('countries')!).split('|') as [string, string, string];
    const sp = (x: string): string => (x.endsWith("'") ? x : `${x} `);
    const the = { 'de la': 'la ', du: 'le ', des: 'les ', "de l'": "l'", "d'": '' }[ofForm] ?? '';
    return [name, sp(inForm), sp(ofForm), the];
  }

  /** Continents, world regions, overseas regions: "Amérique du Nord", "Bavière". */
  area(): [name: string, inForm: string, ofForm: string, theForm: string] {
    const name = this.lex.areas.length ? this.pick(this.lex.areas) : this.region()[0];
    return [name, ...placeForms(name)];
  }

  /** A region and its "de" form: ["Montérégie", "de la "], ["Estrie", "de l'"]. */
  region(): [name: string, de: string] {
    const [name, deForm] = this.pick(this.places.get('regions')!).split('|') as [string, string];
    return [name, deForm.slice(0, deForm.length - name.length)];
  }

  regionDe(): string {
    return this.region().reverse().join('');
  }

  borough(): string {
    return this.gaz.boroughs.length ? this.pick(this.gaz.boroughs) : this.city();
  }

  mrc(): string {
    return this.gaz.mrcs.length ? this.pick(this.gaz.mrcs) : this.city();
  }

  orgHeadEn(): string {
    const parts = [];
    if (this.chance(0.6)) parts.push(this.pick(this.domains.get('en-adj')!));
    parts.push(this.pick(this.heads.get('en')!));
    if (parts.length === 1 || this.chance(0.5)) parts.push(this.pick(this.domains.get('en')!));
    return parts.join(' ');
  }

  countryEn(): string {
    return this.pick(this.places.get('countries-en')!);
  }
}

function splitGender(line: string): [string, 'm' | 'f' | 'p'] {
  const m = /^(.*) (m|f|fp|mp|p)$/.exec(line);
  if (!m) return [line, 'm'];
  return [m[1]!, m[2]!.includes('p') ? 'p' : (m[2] as 'm' | 'f')];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
