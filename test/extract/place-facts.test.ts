import { test } from 'node:test';
import { checkRow, type Row } from './helpers.js';

/** office, located and founded: where an organization is, opens, and when it began. */
const rows: Row[] = [
  // office
  { text: "[ORG Synapse Médical] ouvrira un bureau à [LOC Boston] en janvier 2024.", published: '2023-06-01',
    want: [{ type: 'office', org: 'Synapse Médical', place: 'Boston', date: '2024-01' }] },
  { text: '[ORG Brightpath] will open a new office in [LOC Vancouver] later this year.', lang: 'en', published: '2022-05-10',
    want: [{ type: 'office', org: 'Brightpath', place: 'Vancouver' }] },
  { text: "L'entreprise annonce la mise en place d'un bureau de [ORG Datavox] en 2025 à [LOC Bordeaux].",
    want: [{ type: 'office', org: 'Datavox', place: 'Bordeaux', date: '2025' }] },
  { text: "Nous ne voulons pas ouvrir un simple bureau de vente, dit [PER Anne Roy].", none: ['office'] },
  // located
  { text: "Les entreprises retenues sont [ORG Serres Lumina] ([LOC Mirabel]) et [ORG Capteurs Verts] ([LOC Granby]).",
    want: [{ type: 'located', org: 'Serres Lumina', place: 'Mirabel' }, { type: 'located', org: 'Capteurs Verts', place: 'Granby' }] },
  { text: "[ORG Halo Robotics], de [LOC Laval], reçoit 20 000 $.",
    want: [{ type: 'located', org: 'Halo Robotics', place: 'Laval' }] },
  { text: "[ORG Techno Nord] a son siège social à [LOC Chicoutimi].",
    want: [{ type: 'located', org: 'Techno Nord', place: 'Chicoutimi' }] },
  { text: '[ORG Halo Robotics] is headquartered in [LOC Laval].', lang: 'en', want: [{ type: 'located', org: 'Halo Robotics', place: 'Laval' }] },
  { text: '[ORG Pixel Forge], a [LOC Gatineau] game studio, hired ten people.', lang: 'en', want: [{ type: 'located', org: 'Pixel Forge', place: 'Gatineau' }] },
  { text: '[LOC Ottawa]-based [ORG NorthCipher] sells to federal departments.', lang: 'en', want: [{ type: 'located', org: 'NorthCipher', place: 'Ottawa' }] },
  { text: "[ORG Agrinov], une jeune pousse de [LOC Saint-Hyacinthe], a gagné.", want: [{ type: 'located', org: 'Agrinov', place: 'Saint-Hyacinthe' }] },
  // a province is not where a firm sits ("a Quebec organization")
  { text: '[ORG Prompt], the [LOC Quebec] organization that funds research, agreed.', lang: 'en', none: ['located'] },
  // founded
  { text: "Fondée en 1992, la firme [ORG Solutions Vertex] emploie 80 personnes.",
    want: [{ type: 'founded', org: 'Solutions Vertex', date: '1992' }] },
  { text: "L'[ORG Association des géomaticiens], fondée en juin 1978, compte 300 membres.",
    want: [{ type: 'founded', org: 'Association des géomaticiens', date: '1978-06' }] },
  { text: '[ORG CGI], a Montreal IT consulting firm founded in 1976, employs 90,000 people.', lang: 'en',
    want: [{ type: 'founded', org: 'CGI', date: '1976' }] },
  { text: "[ORG Néo Énergie] a vu le jour en 2018 à [LOC Sherbrooke].",
    want: [{ type: 'founded', org: 'Néo Énergie', date: '2018' }, { type: 'located', org: 'Néo Énergie', place: 'Sherbrooke' }] },
  // a lab created in 2019 and attached to a university: the university was not founded then
  { text: "Le laboratoire d'IA appliquée, rattaché à l'[ORG Université Laval], a été créé en 2019.", none: ['founded'] },
  // an active verb: the company created jobs, it was not created
  { text: "[ORG Logiflex], qui a créé en 2015 un programme de stages, grandit.", none: ['founded'] },
  // a person founds; a place before the date; a relative date
  { text: "[PER Julie Caron] avait elle-même mis sur pied [ORG Élan Ressources] il y a cinq ans.", published: '2016-08-18',
    want: [{ type: 'founded', org: 'Élan Ressources', date: '2011' }] },
  { text: "[PER Marc Leclerc], our CTO, and I founded [ORG Tidewater Labs] in 2012.", lang: 'en',
    want: [{ type: 'founded', org: 'Tidewater Labs', date: '2012' }] },
  { text: "[ORG Cerebrum Logistics], founded in [LOC Laval] in 2017, tested demand abroad.", lang: 'en',
    want: [{ type: 'founded', org: 'Cerebrum Logistics', date: '2017' }] },
  // a place before the comma is not what "l'entreprise" describes
  { text: "[ORG Géomatique Harricana] ouvre une antenne à [LOC Rouyn-Noranda]. Fondée en 2004 à [LOC Val-d'Or], l'entreprise conçoit des cartes.",
    want: [{ type: 'office', org: 'Géomatique Harricana', place: 'Rouyn-Noranda' }, { type: 'founded', org: 'Géomatique Harricana', date: '2004' }] },
  { text: "[ORG Quanta Réseaux] établit ses quartiers à [LOC Sherbrooke].",
    want: [{ type: 'office', org: 'Quanta Réseaux', place: 'Sherbrooke' }] },
  // someone founding nothing named: no fact
  { text: "Les membres de l'équipe n'ont pas encore fondé d'entreprise.", none: ['founded'] },
  // a kind of organization "de"/"in" a place, or "the <place> institute"
  { text: "[ORG Solvéo] a acquis [ORG Datacime], une PME de [LOC Laval] spécialisée dans l'hébergement.",
    want: [{ type: 'located', org: 'Datacime', place: 'Laval' }] },
  { text: "[ORG IVADO], the [LOC Montréal] data-science institute, signed.", lang: 'en',
    want: [{ type: 'located', org: 'IVADO', place: 'Montréal' }] },
  { text: "Basée à [LOC Rimouski], la firme [ORG Océan Numérique] conçoit des capteurs.",
    want: [{ type: 'located', org: 'Océan Numérique', place: 'Rimouski' }] },
  // words between the verb and the office; the opening as a noun
  { text: "L'entreprise [ORG Géomarine Solutions] ouvrira en juin un bureau à [LOC Québec].",
    want: [{ type: 'office', org: 'Géomarine Solutions', place: 'Québec' }] },
  { text: "[ORG Minetik], qui emploie 26 personnes, ouvrira pour sa part un bureau à [LOC Fermont] cet été.",
    want: [{ type: 'office', org: 'Minetik', place: 'Fermont' }] },
  { text: "Le studio [ORG Ludiq] a profité du séjour pour confirmer l'ouverture d'un bureau à [LOC Guadalajara] au printemps 2015.",
    want: [{ type: 'office', org: 'Ludiq', place: 'Guadalajara', date: '2015' }] },
  // founded in a place; a list item "Name, Town: amount"
  { text: "Among them is [ORG Pixelgrange], a two-person studio that was founded in [LOC Magog] in 2008.", lang: 'en',
    want: [{ type: 'located', org: 'Pixelgrange', place: 'Magog' }] },
  { text: "Trois projets sont financés :\n\n- [ORG Tessella Robotique inc.], [LOC Laval]: $850,000 to automate its robots;\n- [ORG Atelier Kodiak], [LOC Saint-Jérôme]: $1.1 million.", lang: 'en',
    want: [{ type: 'located', org: 'Tessella Robotique inc.', place: 'Laval' }, { type: 'located', org: 'Atelier Kodiak', place: 'Saint-Jérôme' }] },
  // a demonym names a place the article names; the seat "of" an organization; a kind without article
  { text: "L'entreprise rimouskoise [ORG Géomarine Solutions] ouvrira un bureau à [LOC Québec]. Elle a grandi à [LOC Rimouski].",
    want: [{ type: 'located', org: 'Géomarine Solutions', place: 'Rimouski' }] },
  { text: "[ORG Vireo], une PME lavalloise, embauche. Elle compte 40 employés à [LOC Laval].",
    want: [{ type: 'located', org: 'Vireo', place: 'Laval' }] },
  { text: "Le siège social de la [ORG Corporation numérique] sera situé à [LOC Saint-Jérôme].",
    want: [{ type: 'located', org: 'Corporation numérique', place: 'Saint-Jérôme' }] },
  { text: "[ORG Vireo Interactif], entreprise de [LOC Victoriaville] fondée en 2011, grandit.",
    want: [{ type: 'located', org: 'Vireo Interactif', place: 'Victoriaville' }] },
  // a demonym whose place the article never names: no fact
  { text: "L'entreprise rimouskoise [ORG Géomarine Solutions] ouvrira un bureau à [LOC Québec].",
    want: [{ type: 'office', org: 'Géomarine Solutions', place: 'Québec' }], none: ['located'] },
  // an office opened with no organization named in the sentence: the article's
  { text: "[ORG Quanta Réseaux] lève 4,2 M$. Une partie de la somme servira à ouvrir un bureau à [LOC Sherbrooke] dès le mois de mai.",
    want: [{ type: 'office', org: 'Quanta Réseaux', place: 'Sherbrooke' }] },
  // demonyms of countries, in French and English
  { text: "Au [LOC Japon], [ORG Neurovia] a signé une entente avec le fabricant japonais de capteurs [ORG Sorano Denki].",
    want: [{ type: 'located', org: 'Sorano Denki', place: 'Japon' }] },
  { text: "The delegation met in [LOC Finland] with a Finnish mining cluster, [ORG Arktika Digital].", lang: 'en',
    want: [{ type: 'located', org: 'Arktika Digital', place: 'Finland' }] },
  // a job-title word naming a kind of firm; a fund; a subsidiary
  { text: "[ORG Flotta Systems], a [LOC Montreal] developer of routing software, grew.", lang: 'en',
    want: [{ type: 'located', org: 'Flotta Systems', place: 'Montreal' }] },
  { text: "The round was led by [ORG Cèdre Capital], a [LOC Sherbrooke] venture fund.", lang: 'en',
    want: [{ type: 'located', org: 'Cèdre Capital', place: 'Sherbrooke' }] },
  // a list item with an apposition and "à"
  { text: "- [ORG Atelier Nordet], un organisme rattaché au [ORG Cégep de Matane], à [LOC Matane] : 300 000 $ pour un atelier.",
    want: [{ type: 'located', org: 'Atelier Nordet', place: 'Matane' }] },
  // a body that will come into existence at a date
  { text: "Les deux réseaux fusionnent en une nouvelle organisation, [ORG Numérique Bas-Saint-Laurent], qui verra officiellement le jour le 1er septembre 2021.",
    want: [{ type: 'founded', org: 'Numérique Bas-Saint-Laurent', date: '2021-09-01' }] },
  // keeping an office; words of time between the verb and the office
  { text: "[ORG Numérique Estrie] sera établie à [LOC Sherbrooke] et maintiendra un bureau à [LOC Granby].",
    want: [{ type: 'office', org: 'Numérique Estrie', place: 'Granby' }] },
  { text: "[ORG Nuvolex] a annoncé qu'elle ouvrira d'ici la fin de l'année un bureau à [LOC Osaka].", published: '2024-05-02',
    want: [{ type: 'office', org: 'Nuvolex', place: 'Osaka' }] },
  // "depuis sa création en 2004"; an incubator "inauguré en 2017" whose name a complement follows
  { text: "« Le [ORG Réseau TI Côte-Sud] a beaucoup grandi depuis sa création en 2004 », dit-elle.",
    want: [{ type: 'founded', org: 'Réseau TI Côte-Sud', date: '2004' }] },
  { text: "Ils ont découvert [ORG La Cale], l'incubateur technologique du [ORG Cégep de Matane], inauguré en 2017.",
    want: [{ type: 'founded', org: 'La Cale', date: '2017' }] },
  // "Ses 85 employés travaillent au siège social de Montréal": the organization of the sentence before
  { text: "Fondée en 2001, [ORG Solvix] a réalisé un chiffre d'affaires de 14 M$. Ses 85 employés travaillent tous au siège social de [LOC Montréal].",
    want: [{ type: 'located', org: 'Solvix', place: 'Montréal' }] },
  // premises that become a branch of the organization
  { text: "Les locaux de [LOC Brossard] ne fermeront pas : ils deviendront une antenne d'[ORG Accélia] dès le 1er septembre.", published: '2016-06-10',
    want: [{ type: 'office', org: 'Accélia', place: 'Brossard', date: '2016-09-01' }] },
  // "implantée à", "based out of"
  { text: "[ORG Vireo], implantée à [LOC Laval] depuis 2010, embauche.", want: [{ type: 'located', org: 'Vireo', place: 'Laval' }] },
  { text: "[ORG Datalys Labs] is based out of [LOC Sherbrooke].", lang: 'en', want: [{ type: 'located', org: 'Datalys Labs', place: 'Sherbrooke' }] },
];

for (const row of rows) test(`${row.text.slice(0, 70)}`, () => checkRow(row));
