import { test } from 'node:test';
import { checkRow, viaPipeline, type Row } from './helpers.js';

const rows: Row[] = [
  { text: "La [ORG Chambre de commerce de Sherbrooke] et le [ORG Cégep de Sherbrooke] ont conclu une entente de partenariat le 3 mars 2020.",
    want: [{ type: 'partnership', parties: ['Chambre de commerce de Sherbrooke', 'Cégep de Sherbrooke'], kind: 'entente de partenariat', date: '2020-03-03' }] },
  { text: '[ORG Element AI] signed a strategic partnership agreement with [ORG ServiceNow].', lang: 'en',
    want: [{ type: 'partnership', parties: ['Element AI', 'ServiceNow'] }] },
  { text: "Un protocole d'entente entre l'[ORG Université Laval] et [ORG Optonique] a été signé hier.",
    want: [{ type: 'partnership', parties: ['Université Laval', 'Optonique'], kind: "protocole d'entente" }] },
  { text: "Le colloque est organisé par [ORG Réseau Mentor] en collaboration avec l'[ORG Université de Moncton].",
    want: [{ type: 'partnership', parties: ['Réseau Mentor', 'Université de Moncton'], kind: 'collaboration' }] },
  // date and place from a later sentence about the same agreement
  { text: "[ORG Studio Ardoise] annonce la signature d'un protocole d'entente avec [ORG Gamelab Lyon].\nLe protocole a été signé à [LOC Lyon] le 12 mai.", published: '2022-05-20',
    want: [{ type: 'partnership', parties: ['Studio Ardoise', 'Gamelab Lyon'], date: '2022-05-12', place: 'Lyon' }] },
  // an agreement signed during an event takes the event's date and place
  { text: "Le [EVENT Forum Nord] a eu lieu le 8 mai à [LOC Rouyn-Noranda]. Durant le forum, [ORG Minalab] et [ORG Géo Abitibi] ont signé une entente de collaboration.", published: '2022-05-20',
    want: [{ type: 'partnership', parties: ['Minalab', 'Géo Abitibi'], date: '2022-05-08', place: 'Rouyn-Noranda' }] },
  // "there": the event of the sentence before
  { text: "The [EVENT Ocean Forum] drew 2,000 participants to [LOC Halifax] on June 3. [ORG Sonartide] and [ORG Brineworks] signed a memorandum of understanding there.", lang: 'en', published: '2022-09-12',
    want: [{ type: 'partnership', parties: ['Sonartide', 'Brineworks'], kind: 'memorandum of understanding', place: 'Halifax', date: '2022-06-03' }] },
  // a cooperation between countries is no partnership of organizations
  { text: "Le premier ministre a vanté la coopération entre la [LOC France] et le [LOC Québec].", none: ['partnership'] },
  // appositions after both parties
  { text: "[ORG IVADO], the [LOC Montréal] data-science institute, and [ORG NumériWal], a research centre in [LOC Belgium], have signed a memorandum of understanding.", lang: 'en',
    want: [{ type: 'partnership', parties: ['IVADO', 'NumériWal'], kind: 'memorandum of understanding' }] },
  // verbs of partnering, and "en collaboration avec" before the subject
  { text: "[ORG Techno Nord] s'associe à l'[ORG Université Laval] pour former des spécialistes.",
    want: [{ type: 'partnership', parties: ['Techno Nord', 'Université Laval'], kind: 'association' }] },
  { text: "[ORG Halo Robotics] has partnered with [ORG McGill University] to develop sensors.", lang: 'en',
    want: [{ type: 'partnership', parties: ['Halo Robotics', 'McGill University'] }] },
  { text: "En collaboration avec [ORG Mitacs], [ORG Groupe Alto] lancera un programme de stages.",
    want: [{ type: 'partnership', parties: ['Mitacs', 'Groupe Alto'], kind: 'collaboration' }] },
  // a pronoun or the assembly signs: the organization before; a date between verb and kind
  { text: "[ORG Voltiq] grows. Since then it has signed a pilot agreement with the [ORG Association des manufacturiers].", lang: 'en',
    want: [{ type: 'partnership', parties: ['Voltiq', 'Association des manufacturiers'], kind: 'pilot agreement' }] },
  { text: "Le [ORG Regroupement numérique] grandit. L'assemblée a aussi entériné une entente de partenariat avec l'[ORG UQAC].",
    want: [{ type: 'partnership', parties: ['Regroupement numérique', 'UQAC'], kind: 'entente de partenariat' }] },
  { text: "C'est là que la [ORG GTMA] et la grappe finlandaise [ORG NordMine Digital] ont signé, le 21 septembre, un protocole d'entente.",
    want: [{ type: 'partnership', parties: ['GTMA', 'NordMine Digital'], kind: "protocole d'entente" }] },
  // a duration between the kind and "avec"; a long description before the partner
  { text: "La firme [ORG Hydrosonde] a signé une entente de recherche de deux ans avec l'[ORG Institut maritime du Québec].",
    want: [{ type: 'partnership', parties: ['Hydrosonde', 'Institut maritime du Québec'], kind: 'entente de recherche' }] },
  { text: "À [LOC Nagoya], [ORG Robotiq] a signé un protocole d'entente avec le constructeur japonais de machines-outils [ORG Kaizen Works].",
    want: [{ type: 'partnership', parties: ['Robotiq', 'Kaizen Works'], place: 'Nagoya' }] },
  // the partner before the agreement's noun; an adverb between verb and partner; collaborating since a year
  { text: "Le fabricant [ORG Vaporis] a signé avec le [ORG Collège Ahuntsic] une entente de stages pour douze étudiants.",
    want: [{ type: 'partnership', parties: ['Vaporis', 'Collège Ahuntsic'], kind: 'entente de stages' }] },
  { text: "[ORG Lumiq] s'associe par ailleurs au [ORG Cégep de Granby] pour offrir une formation.",
    want: [{ type: 'partnership', parties: ['Lumiq', 'Cégep de Granby'], kind: 'association' }] },
  { text: "[ORG Agrinova] collabore depuis 2016 avec la [ORG Faculté des sciences de l'agriculture].",
    want: [{ type: 'partnership', parties: ['Agrinova', "Faculté des sciences de l'agriculture"], kind: 'collaboration' }] },
  // working with a person is no partnership of organizations
  { text: "[ORG Agrinova] collabore depuis 2016 avec [PER Julie Fortin].", none: ['partnership'] },
  // nobody named before "elle": no guess about who signed
  { text: "Elle a signé une entente avec [ORG Hydrolynx] la semaine dernière.", none: ['partnership'] },
];

for (const row of rows) test(`partnership: ${row.text.slice(0, 70)}`, () => checkRow(row));

// Through the real recognizer: "la nouvelle organisation" refers back past its adjective.
const pipelineRows: Row[] = [
  // the complement of the opening noun phrase is the sentence's topic: "l'organisation" is the CNLL
  { text: "La firme Nuvolex grandit. Le siège social de la Corporation numérique des Laurentides sera à Saint-Jérôme, mais l'organisation s'associe au Cégep de Saint-Jérôme.",
    want: [{ type: 'partnership', parties: ['Corporation numérique des Laurentides', 'Cégep de Saint-Jérôme'] }] },
  { text: "Le Réseau Boréal des technologies tenait hier son assemblée. La nouvelle organisation s'associe au Cégep de Granby pour offrir une formation.",
    want: [{ type: 'partnership', parties: ['Réseau Boréal des technologies', 'Cégep de Granby'] }] },
];
for (const row of pipelineRows) test(`partnership (pipeline): ${row.text.slice(0, 60)}`, () => checkRow(row, viaPipeline));
