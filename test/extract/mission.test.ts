import { test } from 'node:test';
import { checkRow, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "Une mission économique en [LOC Allemagne], organisée par [ORG Export Québec], se déroulera du 10 au 15 mai 2022 à [LOC Munich] et à [LOC Berlin]. Douze entreprises y participeront.", published: '2022-03-01',
    want: [{ type: 'mission', organizer: 'Export Québec', destinations: ['Allemagne', 'Munich', 'Berlin'], start: '2022-05-10', end: '2022-05-15', size: 12 }] },
  { text: 'A delegation of 15 Quebec companies led by [ORG Montréal International] will travel to [LOC Paris] and [LOC Lyon] from June 2 to 6.', lang: 'en', published: '2022-05-10',
    want: [{ type: 'mission', organizer: 'Montréal International', destinations: ['Paris', 'Lyon'], start: '2022-06-02', end: '2022-06-06', size: 15 }] },
  { text: "[ORG Export Québec] organise une mission commerciale au [LOC Mexique], à laquelle participeront [ORG Solutek] et [ORG Agrinov].",
    want: [{ type: 'mission', organizer: 'Export Québec', destinations: ['Mexique'], participants: ['Solutek', 'Agrinov'] }] },
  // participants named in a list after the mission's sentence
  { text: [
    "Du 3 au 7 avril, [ORG Grappe Agro] a conduit six entreprises en [LOC Belgique], à l'occasion d'une mission d'affaires.",
    'Entreprises participantes :',
    '- [ORG Serres Lumina] ([LOC Mirabel])',
    '- [ORG Capteurs Verts] ([LOC Granby])',
    'La délégation était dirigée par [PER Maude Roy], conseillère chez [ORG Grappe Agro].',
  ].join('\n'), published: '2023-04-10',
    want: [{ type: 'mission', organizer: 'Grappe Agro', destinations: ['Belgique'], size: 6, participants: ['Serres Lumina', 'Capteurs Verts', 'Maude Roy'] }] },
  // a mission statement is no mission
  { text: "Le [ORG Conseil des industries forestières] a pour mission de représenter ses membres en [LOC Europe].", none: ['mission'] },
  { text: "Our mission is to help [ORG Techstart] founders succeed in [LOC Europe].", lang: 'en', none: ['mission'] },
  // a mission nobody organizes (a premier's trip) is not extracted
  { text: "Lors de sa dernière mission en [LOC France], [PER Jean Tremblay] a rencontré des investisseurs.", none: ['mission'] },
  // English: an organization "is leading" a mission, a month-first range without a year
  { text: "[ORG Export Nord] is leading a trade mission of eight companies to [LOC Boston] from March 3 to 6.", lang: 'en', published: '2020-02-10',
    want: [{ type: 'mission', organizer: 'Export Nord', destinations: ['Boston'], start: '2020-03-03', end: '2020-03-06', size: 8 }] },
  // "X led a delegation of N companies to …"; "a X trade delegation to …"
  { text: "[ORG Numérique Capitale] led a delegation of 18 companies to [LOC Lyon] and [LOC Paris] from October 3 to 8.", lang: 'en', published: '2017-09-20',
    want: [{ type: 'mission', organizer: 'Numérique Capitale', destinations: ['Lyon', 'Paris'], size: 18 }] },
  { text: "In February, the firm joined a [ORG TechNord] trade delegation to [LOC Brussels].", lang: 'en', published: '2020-10-01',
    want: [{ type: 'mission', organizer: 'TechNord', destinations: ['Brussels'] }] },
];

for (const row of rows) test(`mission: ${row.text.slice(0, 70)}`, () => checkRow(row));
