import { test } from 'node:test';
import { checkRow, namedFacts, show, viaMarkup, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "La [ORG Fédération TI de l'Est] compte plus de 420 membres.",
    want: [{ type: 'members', org: "Fédération TI de l'Est", count: 420, approx: true, kind: 'total' }] },
  { text: "L'[ORG Alliance Numérik] ajoute 80 nouveaux membres dans la transaction.",
    want: [{ type: 'members', org: 'Alliance Numérik', count: 80, kind: 'added' }] },
  { text: "[ORG Numana] compte désormais 150 membres, dont 20 nouveaux membres recrutés cette année.",
    want: [{ type: 'members', org: 'Numana', count: 150, kind: 'total' }, { type: 'members', org: 'Numana', count: 20, kind: 'added' }] },
  { text: 'The [ORG Prairie Tech Guild] now has 250 members after welcoming 30 new members last year.', lang: 'en',
    want: [{ type: 'members', org: 'Prairie Tech Guild', count: 250, kind: 'total' }, { type: 'members', org: 'Prairie Tech Guild', count: 30, kind: 'added' }] },
  // a network's members need not be called members
  { text: "Le [ORG Regroupement TI Rive-Nord] regroupe une soixantaine d'entreprises de la région.",
    want: [{ type: 'members', org: 'Regroupement TI Rive-Nord', count: 60, approx: true, kind: 'total' }] },
  { text: "Selon l'[ORG Association des cafés], notre réseau atteindra près de 600 membres.",
    want: [{ type: 'members', org: 'Association des cafés', count: 600, approx: true }] },
  // employees, or a region's firms, are not members
  { text: "[ORG Opale Géo] compte 45 employés à [LOC Val-d'Or].", none: ['members'] },
  { text: "Selon la [ORG Guilde du jeu], la région de [LOC Québec] compte une quarantaine de studios.", none: ['members'] },
  // the count belongs to the subject, not to the complement before "et regroupe"
  { text: "Créé en 2008, le [ORG Centre numérique Drummond] est rattaché à la [ORG Société de développement de Drummondville] et regroupe 42 entreprises membres.",
    want: [{ type: 'members', org: 'Centre numérique Drummond', count: 42 }] },
  // newcomers among the total
  { text: "Fondée en 2011, la [ORG Grappe des technologies marines] compte aujourd'hui 48 membres, dont une dizaine se sont joints à elle depuis janvier.",
    want: [{ type: 'members', org: 'Grappe des technologies marines', count: 48, kind: 'total' }, { type: 'members', org: 'Grappe des technologies marines', count: 10, kind: 'added' }] },
  { text: "Le [ORG Réseau Montérégie Tech] compte 340 membres, dont 60 à [LOC Longueuil].",
    want: [{ type: 'members', org: 'Réseau Montérégie Tech', count: 340 }], none: [] },
  // "whose N member companies", "dont les N entreprises membres"
  { text: "The tool is free for the [ORG Association des fabricants de Beauce], whose 140 member companies can test it.", lang: 'en',
    want: [{ type: 'members', org: 'Association des fabricants de Beauce', count: 140, kind: 'total' }] },
  { text: "L'entente vise l'[ORG Association des éditeurs de Laval], dont les 40 entreprises membres recevront le logiciel.",
    want: [{ type: 'members', org: 'Association des éditeurs de Laval', count: 40, kind: 'total' }] },
  // … but not whose employees
  { text: "The firm signed with [ORG Mécanica], whose 140 employees will test it.", lang: 'en', none: ['members'] },
  // a bare number after "dont"; "en regroupe" with members named in the sentence before
  { text: "L'[ORG Association TI Côte-Sud] compte désormais 153 membres, dont 31 se sont joints à elle cette année.",
    want: [{ type: 'members', org: 'Association TI Côte-Sud', count: 153, kind: 'total' }, { type: 'members', org: 'Association TI Côte-Sud', count: 31, kind: 'added' }] },
  { text: "Le [ORG Réseau TI Nord] compte environ 190 membres. [ORG Numérique Joliette], créée il y a dix ans, en regroupe environ 120.",
    want: [{ type: 'members', org: 'Numérique Joliette', count: 120, kind: 'total' }] },
  // "soit N de plus": members added; a count whose noun runs on before "membres"
  { text: "Au terme de l'opération, [ORG Accélia] compte désormais 58 jeunes pousses membres, soit 21 de plus qu'avant le regroupement.",
    want: [{ type: 'members', org: 'Accélia', count: 58, kind: 'total' }, { type: 'members', org: 'Accélia', count: 21, kind: 'added' }] },
  { text: "The [ORG Estrie Tech Network] now has 230 members, 25 more than last year.", lang: 'en',
    want: [{ type: 'members', org: 'Estrie Tech Network', count: 25, kind: 'added' }] },
];

for (const row of rows) test(`members: ${row.text.slice(0, 70)}`, () => checkRow(row));

test('members: "dont 60 à Longueuil" is a part of the total, not newcomers', () => {
  const facts = namedFacts(viaMarkup('Le [ORG Réseau Montérégie Tech] compte 340 membres, dont 60 à [LOC Longueuil].'));
  if (facts.some((f) => f.type === 'members' && f.kind === 'added')) throw new Error(show(facts));
});
