import { test } from 'node:test';
import { checkRow, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "[ORG Innovitech inc.] a reçu un prêt de 750 000 $ d'[ORG Investissement Québec] pour moderniser son usine.", published: '2021-05-04',
    want: [{ type: 'funding', recipient: 'Innovitech inc.', amount: 750000, currency: 'CAD', funder: 'Investissement Québec', date: '2021-05-04' }] },
  { text: "Le [ORG gouvernement du Canada] octroie une contribution de 2,4 millions de dollars à l'[ORG Institut national d'optique] pour son laboratoire.",
    want: [{ type: 'funding', recipient: "Institut national d'optique", amount: 2400000, funder: 'gouvernement du Canada' }] },
  { text: "[ORG Desjardins] accorde à [ORG Agri-Data] une subvention de 80 000 $.",
    want: [{ type: 'funding', recipient: 'Agri-Data', amount: 80000, funder: 'Desjardins' }] },
  { text: "Le [ORG Carrefour TI] a perdu son local. [ORG Ville de Rimouski] lui accorde 50 000 $ pour déménager.",
    want: [{ type: 'funding', recipient: 'Carrefour TI', amount: 50000, funder: 'Ville de Rimouski' }] },
  { text: '[ORG Nuvolo Health], a Montreal start-up, raised $8 million in a Series A round led by [ORG Real Ventures].', lang: 'en',
    want: [{ type: 'funding', recipient: 'Nuvolo Health', amount: 8000000, funder: 'Real Ventures' }] },
  { text: 'The largest grant, $2 million, goes to [ORG Polar Genomics].', lang: 'en',
    want: [{ type: 'funding', recipient: 'Polar Genomics', amount: 2000000 }] },
  // an announcement names funder, program and date once; each recipient of the list gets them
  { text: [
    "Le 3 février 2023, le [ORG ministère de l'Économie] a annoncé les lauréats de son [PROGRAM Programme Impulsion PME].",
    'Liste des entreprises financées :',
    '- [ORG Atelier Boréal], pour automatiser son entrepôt. (125 000 $)',
    '- [ORG Codex Santé], de Sherbrooke. (310 500 $)',
  ].join('\n'), published: '2023-02-04',
    want: [
      { type: 'funding', recipient: 'Atelier Boréal', amount: 125000, funder: "ministère de l'Économie", program: 'Programme Impulsion PME', date: '2023-02-03' },
      { type: 'funding', recipient: 'Codex Santé', amount: 310500, funder: "ministère de l'Économie", program: 'Programme Impulsion PME' },
    ] },
  // not funding: a market, a revenue, a project's cost, an envelope, a salary
  { text: "Le marché mondial de l'IA atteindra 190 milliards de dollars d'ici 2025, selon [ORG IDC].", none: ['funding'] },
  { text: "[ORG Medtech Québec] a un chiffre d'affaires de 4 millions de dollars et emploie 30 personnes.", none: ['funding'] },
  { text: "Le projet de [ORG Hydro-Sherbrooke], d'un coût total de 3,2 millions de dollars, débutera en mai.", none: ['funding'] },
  { text: "Le [PROGRAM Fonds Essor Nord] dispose d'une enveloppe de 40 millions de dollars.", none: ['funding'] },
  { text: "Le salaire du président de [ORG Beta inc.], 250 000 $, a été critiqué.", none: ['funding'] },
  { text: 'The Canadian cybersecurity market is worth $5 billion, according to [ORG Deloitte].', lang: 'en', none: ['funding'] },
  // a round closed, its lead named in the next sentence
  { text: "[ORG Quanta Réseaux] boucle une ronde de financement de démarrage de 4,2 M$. La ronde est menée par le fonds [ORG Panache Capital].",
    want: [{ type: 'funding', recipient: 'Quanta Réseaux', amount: 4200000, funder: 'Panache Capital' }] },
  // the writer's organization: "nous", "we"
  { text: "[ORG Brookline Sensors] grandit. Nous avons aussi obtenu 48 000 $ du [ORG Fonds Écovert] pour mesurer nos émissions.",
    want: [{ type: 'funding', recipient: 'Brookline Sensors', amount: 48000, funder: 'Fonds Écovert' }] },
  { text: "[ORG Brookline Sensors] is growing. We have also closed a $650,000 seed round led by [ORG Harbour Ventures].", lang: 'en',
    want: [{ type: 'funding', recipient: 'Brookline Sensors', amount: 650000, funder: 'Harbour Ventures' }] },
  // a prize handed over by a jury; "se voit attribuer"
  { text: "Samedi, le jury a remis le grand prix de 10 000 $ à [ORG Balise Marine], une jeune pousse de [LOC Trois-Pistoles].",
    want: [{ type: 'funding', recipient: 'Balise Marine', amount: 10000 }] },
  { text: "L'organisme [ORG Zone Numérique Bois-Francs] se voit attribuer 150 000 $ pour réaliser un diagnostic.",
    want: [{ type: 'funding', recipient: 'Zone Numérique Bois-Francs', amount: 150000 }] },
  // a market size after "we" is no funding
  { text: "[ORG Brookline Sensors] is growing. We estimate the market at $4 billion.", lang: 'en', none: ['funding'] },
  // nominal, passive, fronted and "helps" constructions
  { text: "Le ministre a annoncé l'octroi d'une aide financière de 250 000 $ à [ORG Solutions Boréales] pour son projet.",
    want: [{ type: 'funding', recipient: 'Solutions Boréales', amount: 250000 }] },
  { text: "Le [ORG gouvernement du Québec] annonce un investissement de 3 M$ dans le [ORG Centre de recherche Nordia].",
    want: [{ type: 'funding', recipient: 'Centre de recherche Nordia', amount: 3000000, funder: 'gouvernement du Québec' }] },
  { text: "Une contribution remboursable de 1,2 M$ a été accordée à [ORG Technologies Maritimes inc.]",
    want: [{ type: 'funding', recipient: 'Technologies Maritimes inc.', amount: 1200000 }] },
  { text: "Grâce à un prêt de 400 000 $ d'[ORG Investissement Québec], [ORG Nordik Robotique] pourra agrandir son usine.",
    want: [{ type: 'funding', recipient: 'Nordik Robotique', amount: 400000, funder: 'Investissement Québec' }] },
  { text: "[ORG Développement économique Canada] accorde une aide de 150 000 $ à l'organisme [ORG Zone Numérique].",
    want: [{ type: 'funding', recipient: 'Zone Numérique', amount: 150000, funder: 'Développement économique Canada' }] },
  { text: "Ce soutien de 90 000 $ permettra à [ORG Atelier Lumen] d'embaucher deux programmeurs.",
    want: [{ type: 'funding', recipient: 'Atelier Lumen', amount: 90000 }] },
  { text: "The [ORG Government of Canada] is investing $1.5 million in [ORG Halo Robotics] to expand its plant.", lang: 'en',
    want: [{ type: 'funding', recipient: 'Halo Robotics', amount: 1500000, funder: 'Government of Canada' }] },
  { text: "A $250,000 grant from the [ORG City of Laval] will help [ORG Nova Labs] hire five engineers.", lang: 'en',
    want: [{ type: 'funding', recipient: 'Nova Labs', amount: 250000, funder: 'City of Laval' }] },
  // a budget or revenue that "helps" is no grant
  { text: "Un budget de 2 M$ permettra à [ORG Zone Numérique] de tenir trois événements.", none: ['funding'] },
  { text: "Des revenus de 5 M$ permettront à [ORG Atelier Lumen] de grandir.", none: ['funding'] },
  // "sur trois ans" between the amount and the funder; "l'organisme" is not the funder named just before
  { text: "L'organisme [ORG Agro Numérique] est né en 2012. Grâce à un appui de 180 000 $ sur trois ans de [ORG Technopole Maskoutaine], annoncé en juin, l'organisme pourra embaucher.",
    want: [{ type: 'funding', recipient: 'Agro Numérique', amount: 180000, funder: 'Technopole Maskoutaine' }] },
  // a pluperfect, a date between the verb and the amount
  { text: "[ORG Datanord] avait obtenu en 2009 une aide financière de 400 000 $ du [ORG ministère de l'Économie] afin de bâtir sa plateforme.",
    want: [{ type: 'funding', recipient: 'Datanord', amount: 400000, funder: "ministère de l'Économie", date: '2009' }] },
  // hyphenated scales; a second amount joined by "and"
  { text: "[ORG Clarivox] grows. The expansion is backed by a $1.8-million loan from [ORG Investissement Québec] and a $750,000 repayable contribution from [ORG CED].", lang: 'en',
    want: [{ type: 'funding', recipient: 'Clarivox', amount: 1800000, funder: 'Investissement Québec' }, { type: 'funding', recipient: 'Clarivox', amount: 750000, funder: 'CED' }] },
  // the giver in an apposition
  { text: "The $5,000 grand prize, put up by [ORG Rivière Bleue Solutions], a consultancy, went to [ORG Trajetto], a startup.", lang: 'en',
    want: [{ type: 'funding', recipient: 'Trajetto', amount: 5000, funder: 'Rivière Bleue Solutions' }] },
  { text: "The second prize of $2,500, offered by [ORG Code Outaouais] itself, was awarded to [ORG Lumina Civic].", lang: 'en',
    want: [{ type: 'funding', recipient: 'Lumina Civic', amount: 2500, funder: 'Code Outaouais' }] },
  { text: "[ORG Pixel Lab] opened. Created in January, the lab received $450,000 from [ORG Canada Economic Development].", lang: 'en',
    want: [{ type: 'funding', recipient: 'Pixel Lab', amount: 450000, funder: 'Canada Economic Development' }] },
  // the lender completes the financing of the organization named before
  { text: "La firme [ORG Hydrosonde] obtient 200 000 $ du [ORG Fonds Nordet]. [ORG Desjardins Capital] complète le montage financier avec un prêt de 150 000 $.", published: '2021-03-02',
    want: [{ type: 'funding', recipient: 'Hydrosonde', funder: 'Desjardins Capital', amount: 150000 }] },
  // a duration after the amount; a giver described in an apposition naming a place
  { text: "La [ORG Conférence régionale des élus] a confirmé hier une aide de 90 000 $ sur trois ans au [ORG Réseau TI Côte-Nord].", published: '2013-03-12',
    want: [{ type: 'funding', recipient: 'Réseau TI Côte-Nord', funder: 'Conférence régionale des élus', amount: 90000 }] },
  { text: "The $5,000 grand prize, put up by [ORG Rivière Bleue Solutions], a [LOC Gatineau] consultancy, went to [ORG Trajetto].", lang: 'en',
    want: [{ type: 'funding', recipient: 'Trajetto', funder: 'Rivière Bleue Solutions', amount: 5000 }] },
  // the mission receives: its organizer does; a second amount coordinated with the first
  { text: "Menée du 17 au 24 septembre par la [ORG Grappe Minière Nord], la mission comportait des arrêts à [LOC Oulu] et à [LOC Luleå]. La mission a bénéficié d'une aide de 65 000 $ du [ORG ministère de l'Économie], ainsi que d'une contribution de 40 000 $ de [ORG Développement économique Canada].", published: '2022-10-01',
    want: [{ type: 'funding', recipient: 'Grappe Minière Nord', amount: 65000, funder: "ministère de l'Économie" },
      { type: 'funding', recipient: 'Grappe Minière Nord', amount: 40000, funder: 'Développement économique Canada' }] },
  { text: "Menée du 3 au 8 mai par [ORG Québec Export], la mission comportait des arrêts à [LOC Lyon] et à [LOC Paris]. Le [ORG ministère des Relations internationales] a soutenu la mission à hauteur de 45 000 $.", published: '2022-10-01',
    want: [{ type: 'funding', recipient: 'Québec Export', amount: 45000, funder: 'ministère des Relations internationales' }] },
  // "y contribue par une subvention de": the organization the article is about receives
  { text: "[ORG Marégraphe] inaugure son usine à [LOC Gaspé]. [ORG Développement économique Canada] y contribue également par une subvention de 400 000 $.", published: '2026-01-19',
    want: [{ type: 'funding', recipient: 'Marégraphe', amount: 400000, funder: 'Développement économique Canada' }] },
];

for (const row of rows) test(`funding: ${row.text.slice(0, 70)}`, () => checkRow(row));
