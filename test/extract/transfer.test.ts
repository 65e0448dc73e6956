import { test } from 'node:test';
import { checkRow, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "[ORG Groupe Alpha] cède ses activités de formation et son studio de jeux à [ORG Beta Systèmes].", published: '2022-05-01',
    want: [{ type: 'transfer', from: 'Groupe Alpha', to: 'Beta Systèmes', what: ['formation', 'studio de jeux'], date: '2022-05-01' }] },
  { text: "[ORG Coveo] a fait l'acquisition de [ORG Qubit], une entreprise de Londres, en 2021.",
    want: [{ type: 'transfer', from: 'Qubit', to: 'Coveo', date: '2021' }] },
  { text: '[ORG Lightspeed] acquires [ORG ShopKeep] for $440 million.', lang: 'en', published: '2020-11-04',
    want: [{ type: 'transfer', from: 'ShopKeep', to: 'Lightspeed' }], none: ['funding'] },
  { text: 'The [ORG Quantum Valley Hub] was acquired by [ORG Xanadu] in March 2022.', lang: 'en',
    want: [{ type: 'transfer', from: 'Quantum Valley Hub', to: 'Xanadu', date: '2022-03' }] },
  // the date a later sentence gives the deal
  { text: "Le [ORG Cercle TI] fusionne avec le [ORG Réseau Techno]. La nouvelle entité sera en place à compter du 1er juillet.", published: '2021-05-04',
    want: [{ type: 'transfer', from: 'Cercle TI', to: 'Réseau Techno', date: '2021-07-01' }] },
  // a transfer "acquired by" must not read the other way round
  { text: 'The [ORG Quantum Valley Hub] was acquired by [ORG Xanadu].', lang: 'en', published: '2022-05-01',
    want: [{ type: 'transfer', from: 'Quantum Valley Hub', to: 'Xanadu' }] },
  // an organization's activities taken over, in the passive
  { text: "Les activités de [ORG Logiciels Boréal] seront reprises par [ORG Solutions Nexa].",
    want: [{ type: 'transfer', from: 'Logiciels Boréal', to: 'Solutions Nexa' }] },
  { text: "Le fournisseur [ORG Intelliforme] a conclu l'acquisition de [ORG Datanord], une entreprise de [LOC Chicoutimi].",
    want: [{ type: 'transfer', from: 'Datanord', to: 'Intelliforme' }] },
  { text: "[ORG Synapsia] grandit. L'an dernier, elle avait acquis la start-up lavalloise [ORG Visiopro].",
    want: [{ type: 'transfer', from: 'Visiopro', to: 'Synapsia' }] },
  // a subsidiary bought from its parent: the parent is the seller
  { text: "[ORG Nuvola Systems] announced that it has acquired [ORG GéoRéseau Labs], the [LOC Quebec City] geolocation subsidiary of [ORG Groupe Marcoux Inc.]", lang: 'en',
    want: [{ type: 'transfer', from: 'Groupe Marcoux Inc.', to: 'Nuvola Systems', what: ['GéoRéseau Labs'] }] },
  // absorbing another organization; taking over its activities
  { text: "[ORG Accélia], établi à [LOC Longueuil], absorbe [ORG Espace Entrepreneur Rive-Sud], un organisme de [LOC Brossard].",
    want: [{ type: 'transfer', from: 'Espace Entrepreneur Rive-Sud', to: 'Accélia' }] },
  { text: "[ORG Accélia] reprend l'ensemble des activités d'[ORG Espace Entrepreneur Rive-Sud], y compris ses cohortes.",
    want: [{ type: 'transfer', from: 'Espace Entrepreneur Rive-Sud', to: 'Accélia' }] },
  // the seller after "from"; a part of a business bought in a month; a relative "dont"; a sale in a relative clause
  { text: "[ORG Voltiq] has acquired [ORG Wattmètre], a two-person firm in [LOC Sherbrooke], from its parent company [ORG EnerCode].", lang: 'en', published: '2024-03-12',
    want: [{ type: 'transfer', from: 'EnerCode', to: 'Voltiq', what: ['Wattmètre'] }] },
  { text: "La firme [ORG Tunnelia] a racheté en juin les activités de cartographie souterraine de [ORG Géoforage Nord].", published: '2022-09-01',
    want: [{ type: 'transfer', from: 'Géoforage Nord', to: 'Tunnelia', what: ['activités de cartographie souterraine'] }] },
  { text: "Plusieurs recrues viennent de l'ancien [ORG Carrefour TI Richelieu], dont le [ORG Réseau Montérégie] a repris les activités et les membres au début de l'année.", published: '2026-05-14',
    want: [{ type: 'transfer', from: 'Carrefour TI Richelieu', to: 'Réseau Montérégie', what: ['activités', 'membres'] }] },
  { text: "[PER Denis Caron] a fondé [ORG Traçalait], une entreprise de logiciels, qu'il a vendue au [ORG Groupe Laitier Nord] en 2011.",
    want: [{ type: 'transfer', from: 'Traçalait', to: 'Groupe Laitier Nord', what: ['Traçalait'], date: '2011' }] },
  // a merger into a new body: a transfer from each party, dated when the new body begins
  { text: "Le [ORG Réseau TI Outaouais] et [ORG Numérique Pontiac] ne feront bientôt plus qu'un. Les membres ont approuvé leur fusion au sein d'une nouvelle organisation, [ORG Connexion Outaouais], qui verra le jour le 1er juin.", published: '2019-04-15',
    want: [{ type: 'transfer', from: 'Réseau TI Outaouais', to: 'Connexion Outaouais', date: '2019-06-01' }, { type: 'transfer', from: 'Numérique Pontiac', to: 'Connexion Outaouais' }] },
  { text: "Members of [ORG Tech Estrie] and of [ORG Réseau Magog Innovation] voted to merge into a single organization, [ORG Estrie Numérique], which will begin on Jan. 1, 2018.", lang: 'en', published: '2017-09-20',
    want: [{ type: 'transfer', from: 'Tech Estrie', to: 'Estrie Numérique', date: '2018-01-01' }, { type: 'transfer', from: 'Réseau Magog Innovation', to: 'Estrie Numérique' }] },
  // the acquired company's former owner, told in another sentence, sold it
  { text: "[ORG Solvix] a mis la main sur [ORG Hébergia], une PME de Laval. [ORG Hébergia] appartenait jusqu'ici au [ORG Groupe Vortex], qui s'en départit.", published: '2013-06-12',
    want: [{ type: 'transfer', from: 'Groupe Vortex', to: 'Solvix', what: ['Hébergia'] }] },
  // more ways to buy and to be bought
  { text: "Fondée en 2008, la firme [ORG Nordikode] a été vendue à [ORG Groupe Alto] l'an dernier.", published: '2020-06-01',
    want: [{ type: 'transfer', from: 'Nordikode', to: 'Groupe Alto' }] },
  { text: "[ORG Vireo] s'est porté acquéreur de [ORG Datalys] en mars.", published: '2020-06-01',
    want: [{ type: 'transfer', from: 'Datalys', to: 'Vireo' }] },
  { text: "[ORG Techno Nord] has agreed to acquire [ORG Pixelia Labs].", lang: 'en',
    want: [{ type: 'transfer', from: 'Pixelia Labs', to: 'Techno Nord' }] },
];

for (const row of rows) test(`transfer: ${row.text.slice(0, 70)}`, () => checkRow(row));

test('transfer: no reversed duplicate for "acquired by"', () => {
  checkRow({ text: 'The [ORG Quantum Valley Hub] was acquired by [ORG Xanadu].', lang: 'en',
    want: [{ type: 'transfer', from: 'Quantum Valley Hub' }] });
  checkRow({ text: '[ORG Xanadu] acquired [ORG Quantum Valley Hub].', lang: 'en',
    want: [{ type: 'transfer', from: 'Quantum Valley Hub', to: 'Xanadu' }] });
});
