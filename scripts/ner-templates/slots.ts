import type { Filler } from './fillers.js';
import type { NameMaker } from './names.js';

/** A rendered slot: pieces of text, each inside an entity type or outside (null). */
export type Piece = { text: string; type: Filler['type'] };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VOWEL = /^[aeiouyhàâéèêëîïôöûü]/i;

/** The French article before a name: THE_ "l'"/"le"/"la"/"les", DE_ "de l'"/"du"…, A_ "à l'"/"au"… */
function article(kind: string, f: Filler): string {
  const vowel = VOWEL.test(f.text);
  if (!f.gender) return kind === 'DE_' ? (vowel ? "d'" : 'de ') : kind === 'A_' ? 'à ' : '';
  const forms: Record<string, [string, string, string, string]> = {
    THE_: ['les ', "l'", 'le ', 'la '],
    DE_: ['des ', "de l'", 'du ', 'de la '],
    A_: ['aux ', "à l'", 'au ', 'à la '],
  };
  const [p, v, m, fem] = forms[kind]!;
  return f.gender === 'p' ? p : vowel ? v : f.gender === 'm' ? m : fem;
}

function int(make: NameMaker, lo: number, hi: number): number {
  return lo + Math.floor(make.random() * (hi - lo + 1));
}

function entity(make: NameMaker, name: string): Filler | null {
  const orgs: [number, () => Filler][] = [
    [0.45, () => make.institution()], [0.2, () => make.firm()], [0.1, () => make.school()],
    [0.07, () => make.ministry()], [0.05, () => make.cityHall()],
    [0.08, () => ({ text: make.randomAcronym(), type: 'ORG', gender: make.chance(0.5) ? 'm' : undefined })],
    [0.05, () => ({ text: `gouvernement du ${make.pick(['Québec', 'Canada'])}`, type: 'ORG', gender: 'm' })],
  ];
  switch (name) {
    case 'PER': return make.person();
    case 'LAST': return { text: make.lastName(), type: 'PER' };
    case 'ORG': {
      let r = make.random();
      for (const [p, f] of orgs) if ((r -= p) < 0) return f();
      return make.institution();
    }
    case 'ORG_ACRO': {
      const org = make.chance(0.7) ? make.institution() : make.school();
      return { ...org, after: [{ text: ' (', type: null }, { text: make.acronymOf(org.text), type: 'ORG' }, { text: ')', type: null }] };
    }
    case 'ACRO': {
      // "le CRIM", "la FCCQ", "l'ETN": acronyms take the gender of their unspoken head noun.
      const gender = make.pick(['m', 'f', undefined] as const);
      return { text: make.randomAcronym(), type: 'ORG', ...(gender ? { gender } : {}) };
    }
    case 'COMPANY': return make.firm();
    case 'MINISTRY': return make.ministry();
    case 'SCHOOL': return make.school();
    case 'CITYHALL': return make.cityHall();
    case 'EVENT': return make.event();
    case 'CITY': return { text: make.city(), type: 'LOC' };
    case 'COUNTRY': return { text: make.country()[0], type: 'LOC' };
    case 'LOC': {
      const r = make.random();
      return { text: r < 0.5 ? make.city() : make.worldCity(), type: 'LOC' };
    }
    case 'CITY_EN': {
      const english = ['Montreal', 'Quebec City', 'Toronto', 'Ottawa', 'Vancouver', 'Calgary', 'Boston', 'New York', 'London', 'Paris'];
      return { text: make.chance(0.5) ? make.pick(english) : make.city(), type: 'LOC' };
    }
    case 'SCHOOL_EN': {
      const r = make.random();
      const city = make.pick(['Montreal', 'Toronto', 'Ottawa', 'Waterloo', 'Calgary', 'Sherbrooke', 'Laval']);
      return { text: r < 0.4 ? `University of ${city}` : r < 0.7 ? `${make.lastName()} University` : `${city} Institute of Technology`, type: 'ORG' };
    }
    case 'ORG_EN': return make.chance(0.6) ? { text: make.orgHeadEn(), type: 'ORG' } : make.firm();
    case 'GOV_EN': return { text: `Government of ${make.pick(['Quebec', 'Canada', 'Ontario'])}`, type: 'ORG' };
    case 'EVENT_EN': {
      const parts = [make.pick(['International', 'Quebec', 'Canadian', 'Montreal', 'Global', 'Digital', ''])];
      parts.push(make.pick(['Summit', 'Forum', 'Conference', 'Tech Week', 'Festival', 'Expo', 'Hackathon', 'Awards']));
      parts.push(make.pick(['on Artificial Intelligence', 'on Digital Innovation', 'for Cybersecurity', 'on Clean Tech', '', '']));
      if (make.chance(0.3)) parts.push(String(int(make, 2015, 2026)));
      return { text: parts.filter(Boolean).join(' '), type: 'MISC' };
    }
    default: return null;
  }
}

/** Pieces for one `{SLOT}` (without braces and trailing digit), or null if unknown. */
export function renderSlot(make: NameMaker, slot: string): Piece[] | null {
  const direct = other(make, slot);
  if (direct) return direct;
  const m = /^(THE_|DE_|A_)?(.+)$/.exec(slot)!;
  const [kind, name] = [m[1] ?? '', m[2]!];
  const e = entity(make, name);
  if (e) {
    const pieces: Piece[] = [{ text: e.text, type: e.type }, ...(e.after ?? [])];
    return kind ? [{ text: article(kind, e), type: null }, ...pieces] : pieces;
  }
  return null;
}

function other(make: NameMaker, name: string): Piece[] | null {
  const o = (text: string): Piece[] => [{ text, type: null }];
  const month = (): string => make.pick(MONTHS);
  switch (name) {
    case 'PER_SHORT': return [{ text: `${make.pick(['M.', 'Mme', 'M.', 'Mme', 'Dr'])} `, type: null }, { text: make.lastName(), type: 'PER' }];
    case 'GOV': return [{ text: 'le ', type: null }, { text: `gouvernement du ${make.pick(['Québec', 'Canada'])}`, type: 'ORG' }];
    case 'IN_COUNTRY':
    case 'OF_COUNTRY':
    case 'THE_COUNTRY':
    case 'IN_AREA':
    case 'OF_AREA': {
      const [place, ...forms] = name.endsWith('AREA') ? make.area() : make.country();
      const pre = forms[['IN', 'OF', 'THE'].indexOf(name.split('_')[0]!)]!;
      return [{ text: pre, type: null }, { text: place, type: 'LOC' }];
    }
    case 'REGION_DE': {
      const [region, de] = make.region();
      return [{ text: de, type: null }, { text: region, type: 'LOC' }];
    }
    case 'BOROUGH_DE':
    case 'MRC_DE': {
      const b = name === 'MRC_DE' ? make.mrc() : make.borough();
      const m = /^(Le|La|L') ?(.+)$/.exec(b);
      const pre = m ? { Le: 'du ', La: 'de la ', "L'": "de l'" }[m[1]!]! : VOWEL.test(b) ? "d'" : 'de ';
      return [{ text: pre, type: null }, { text: m ? m[2]! : b, type: 'LOC' }];
    }
    case 'COUNTRY_EN': {
      const c = make.countryEn();
      return c.startsWith('the ') ? [{ text: 'the ', type: null }, { text: c.slice(4), type: 'LOC' }] : [{ text: c, type: 'LOC' }];
    }
    case 'TERM_ACRO': {
      const [term, acro] = make.pick(make.terms.get('acronyms')!).split('|') as [string, string];
      return o(`${term} (${acro})`);
    }
    case 'TERM': return o(make.pick(make.terms.get('acronyms')!).split('|')[make.chance(0.5) ? 0 : 1]!);
    case 'PROGRAM_M':
    case 'PROGRAM_F': {
      const heads = make.terms.get('programs')!.filter((h) => h.endsWith(name === 'PROGRAM_M' ? '|m' : '|f'));
      return o(`${make.pick(heads).split('|')[0]} ${make.pick(make.terms.get('program-topics')!)}`);
    }
    case 'TITLE': return o(make.pick(make.titles.get('fr')!));
    case 'TITLE_EN': return o(make.pick(make.titles.get('en')!));
    case 'MINISTRY_TAIL': return o(make.pick(make.ministries));
    case 'AMOUNT': return o(make.pick([`${int(make, 2, 90)} millions de dollars`, `${int(make, 1, 50)} M$`, `${int(make, 100, 999)} ${int(make, 100, 999)} $`, `${int(make, 1, 9)},${int(make, 1, 9)} milliards de dollars`, `${int(make, 10, 900)} 000 $`]));
    case 'AMOUNT_EN': return o(make.pick([`$${int(make, 2, 90)} million`, `$${int(make, 100, 999)},000`, `$${int(make, 1, 9)}.${int(make, 1, 9)} billion`]));
    case 'DATE': return o(make.pick([`le ${int(make, 1, 28)} ${month()} ${int(make, 2010, 2026)}`, `en ${month()} ${int(make, 2010, 2026)}`, `le ${int(make, 1, 28)} ${month()}`, 'lundi', 'mardi dernier', 'cette semaine']));
    case 'DATE_EN': return o(make.pick([`on ${make.pick(MONTHS_EN)} ${int(make, 1, 28)}`, `in ${make.pick(MONTHS_EN)} ${int(make, 2010, 2026)}`, 'on Tuesday', 'last week']));
    case 'DAY': return o(String(int(make, 1, 28)));
    case 'MONTH': return o(month());
    case 'MONTH_EN': return o(make.pick(MONTHS_EN));
    case 'YEAR': return o(String(int(make, 1980, 2026)));
    case 'NUM': return o(make.pick([String(int(make, 2, 99)), String(int(make, 100, 999)), `${int(make, 1, 9)} ${int(make, 100, 999)}`]));
    default: return null;
  }
}
