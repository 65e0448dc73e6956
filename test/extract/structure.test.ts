import { test } from 'node:test';
import { checkRow, type Row } from './helpers.js';

/** part_of and program: how organizations and programs hang together. */
const rows: Row[] = [
  // part_of
  { text: "Le [ORG Centre de robotique], rattaché au [ORG Cégep de Lévis], ouvre ses portes.",
    want: [{ type: 'part_of', child: 'Centre de robotique', parent: 'Cégep de Lévis' }] },
  { text: "L'[ORG Université du Nord] opère aussi son incubateur, le [ORG Nid].",
    want: [{ type: 'part_of', child: 'Nid', parent: 'Université du Nord' }] },
  { text: '[ORG Spark Lab], the accelerator run by [ORG Dalhousie University], picked ten teams.', lang: 'en',
    want: [{ type: 'part_of', child: 'Spark Lab', parent: 'Dalhousie University' }] },
  // a possessive before the parent; a complement with an apostrophe; an aside; "chapeauté par"
  { text: "The [ORG Magog Venture Lab], an incubator run by the university's [ORG Williams School of Business], opened.", lang: 'en',
    want: [{ type: 'part_of', child: 'Magog Venture Lab', parent: 'Williams School of Business' }] },
  { text: "Ils ont visité [ORG Le Hublot], l'incubateur d'entreprises technologiques du [ORG Cégep de Matane].",
    want: [{ type: 'part_of', child: 'Le Hublot', parent: 'Cégep de Matane' }] },
  { text: "Les ateliers avaient lieu à l'[ORG Institut maritime du Québec], une école rattachée elle aussi au [ORG Cégep de Rimouski].",
    want: [{ type: 'part_of', child: 'Institut maritime du Québec', parent: 'Cégep de Rimouski' }] },
  { text: "Fondé en 2007, [ORG Accélia] est chapeauté par [ORG Développement économique Longueuil].",
    want: [{ type: 'part_of', child: 'Accélia', parent: 'Développement économique Longueuil' }] },
  // "Elle deviendra une division de X": the subject of the sentence before
  { text: "[ORG Hébergia] appartenait jusqu'ici au [ORG Groupe Vortex], qui s'en départit. Elle deviendra une division de [ORG Solvix].",
    want: [{ type: 'part_of', child: 'Hébergia', parent: 'Solvix' }] },
  // operating as a subsidiary
  { text: "[ORG Wattmètre] will keep its name and operate as a [ORG Voltiq] subsidiary.", lang: 'en',
    want: [{ type: 'part_of', child: 'Wattmètre', parent: 'Voltiq' }] },
  { text: "[ORG Wattmètre] fonctionnera comme une filiale de [ORG Voltiq].",
    want: [{ type: 'part_of', child: 'Wattmètre', parent: 'Voltiq' }] },
  // a unit's name followed by its parent's
  { text: "Les essais auront lieu à la [ORG Faculté de médecine dentaire] de l'[ORG Université Laval].",
    want: [{ type: 'part_of', child: 'Faculté de médecine dentaire', parent: 'Université Laval' }] },
  // … but not any name followed by another
  { text: "Le président de la [ORG Banque Nordique] du [ORG Mouvement Solidaire] a parlé.", none: ['part_of'] },
  // an apposition describes the name right before it, even a name governed by "avec" or "chez"
  { text: "L'entente lie [ORG Hydrosonde] à l'[ORG Institut des sciences marines], une composante de l'[ORG Université du Québec à Rimouski].",
    want: [{ type: 'part_of', child: 'Institut des sciences marines', parent: 'Université du Québec à Rimouski' }] },
  { text: "[ORG Kinova Medical] est une filiale de [ORG Kinova Holdings].",
    want: [{ type: 'part_of', child: 'Kinova Medical', parent: 'Kinova Holdings' }] },
  { text: "Le [EVENT Hackathon Vert], un concours tenu dans le cadre du [EVENT Salon Énergie], a couronné trois équipes.",
    want: [{ type: 'part_of', child: 'Hackathon Vert', parent: 'Salon Énergie' }] },
  { text: "Créé en 2012 et rattaché à l'[ORG Université de Sherbrooke], l'[ORG Institut des données] regroupe 75 entreprises membres.",
    want: [{ type: 'part_of', child: 'Institut des données', parent: 'Université de Sherbrooke' }, { type: 'founded', org: 'Institut des données', date: '2012' }] },
  // "administré par" belongs to the program, not to the ministry before it
  { text: "Les sommes viennent du [PROGRAM Fonds Élan] du [ORG ministère des Régions], administré par [ORG Investissement Québec].", none: ['part_of'] },
  // program
  { text: "Lancé en 2020 par le [ORG ministère de l'Économie], le [PROGRAM Programme Impulsion] dispose d'une enveloppe de 20 millions de dollars.",
    want: [{ type: 'program', program: 'Programme Impulsion', owner: "ministère de l'Économie", launched: '2020', budget: 20000000 }] },
  { text: "Le [ORG gouvernement du Québec] a annoncé les lauréats de sa [PROGRAM Stratégie numérique].",
    want: [{ type: 'program', program: 'Stratégie numérique', owner: 'gouvernement du Québec' }] },
  { text: "Le [PROGRAM crédit d'impôt à l'innovation], une mesure du [ORG gouvernement du Canada], rembourse 30 % des salaires.",
    want: [{ type: 'program', program: "crédit d'impôt à l'innovation", owner: 'gouvernement du Canada' }] },
  { text: 'Grants are made under [ORG Canada Digital]’s [PROGRAM Scale-Up Program].', lang: 'en',
    want: [{ type: 'program', program: 'Scale-Up Program', owner: 'Canada Digital' }] },
  // reporting to a parent since a date; a pronoun that becomes a division; an apposition after "piloté par"
  { text: "[ORG Géomatique Nordet] relève depuis 2009 du [ORG Groupe Teknika], un regroupement de firmes.",
    want: [{ type: 'part_of', child: 'Géomatique Nordet', parent: 'Groupe Teknika' }] },
  { text: "Le [ORG Groupe Vireo] acquiert [ORG Datacime Solutions]. Elle deviendra une division de [ORG Groupe Vireo].",
    want: [{ type: 'part_of', child: 'Datacime Solutions', parent: 'Groupe Vireo' }] },
  { text: "L'événement est piloté par [ORG Cybernéo], le centre collégial de transfert rattaché au [ORG Cégep de Rivière-du-Loup].",
    want: [{ type: 'part_of', child: 'Cybernéo', parent: 'Cégep de Rivière-du-Loup' }] },
  // the program's administrator is no part of the program's owner
  { text: "Le programme [PROGRAM Essor] du [ORG ministère des Finances], administré par la [ORG Banque Nordique], prend fin.", none: ['part_of'] },
  { text: "Filiale du groupe [ORG Océanova], dont le siège est établi à [LOC Halifax], [ORG Marégraphe] conserve son autonomie.",
    want: [{ type: 'part_of', child: 'Marégraphe', parent: 'Océanova' }] },
  // a place inside the description before "run by"
  { text: "[ORG Tidewell] joined [ORG Centech], the [LOC Montréal] accelerator run by the [ORG École de technologie supérieure].", lang: 'en',
    want: [{ type: 'part_of', child: 'Centech', parent: 'École de technologie supérieure' }] },
];

for (const row of rows) test(`${row.text.slice(0, 70)}`, () => checkRow(row));
