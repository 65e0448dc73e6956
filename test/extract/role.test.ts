import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRow, namedFacts, show, viaMarkup, type Row } from './helpers.js';

const rows: Row[] = [
  // title and organization before the name
  { text: "La présidente-directrice générale de l'[ORG Association des technologies de Laval], [PER Julie Vachon], a pris la parole.",
    want: [{ type: 'role', person: 'Julie Vachon', org: 'Association des technologies de Laval', title: 'présidente-directrice générale', status: 'current' }] },
  // name, then title of organization; a complement stays in the title
  { text: "« C'est un grand jour », affirme [PER Paul Côté], directeur des ventes de [ORG Logiq inc.].",
    want: [{ type: 'role', person: 'Paul Côté', org: 'Logiq inc.', title: 'directeur des ventes' }] },
  { text: '[PER Dana Reyes], vice-president of engineering at [ORG Arctic Data], said the team doubled.', lang: 'en',
    want: [{ type: 'role', person: 'Dana Reyes', org: 'Arctic Data', title: 'vice-president of engineering', status: 'current' }] },
  // parenthesis, and a place as organization for a mayor
  { text: "[PER Marc Gendron] (maire de [LOC Victoriaville]) a coupé le ruban.",
    want: [{ type: 'role', person: 'Marc Gendron', org: 'Victoriaville', title: 'maire' }] },
  // a place is no organization for other titles
  { text: "[PER Lucie Roy], consultante à [LOC Rimouski], a signé le rapport.", none: ['role'] },
  // English title before the name
  { text: '[ORG Nordwind Labs] CEO [PER Sam Patel] announced the hire.', lang: 'en',
    want: [{ type: 'role', person: 'Sam Patel', org: 'Nordwind Labs', title: 'CEO' }] },
  // statuses: outgoing, former, incoming
  { text: "Le président sortant de la [ORG Chambre de commerce de Granby], [PER Yves Morin], restera au conseil.",
    want: [{ type: 'role', person: 'Yves Morin', org: 'Chambre de commerce de Granby', title: 'président', status: 'outgoing' }] },
  { text: "[PER Nadia Lebrun], qui a été directrice générale de [ORG Cyberpôle] de 2010 à 2015, enseigne maintenant.",
    want: [{ type: 'role', person: 'Nadia Lebrun', org: 'Cyberpôle', status: 'former' }] },
  { text: "[PER Hugo Bélair] est nommé directeur général de [ORG Innovation Chaudière]. Il entrera en fonction le 1er mai.",
    want: [{ type: 'role', person: 'Hugo Bélair', org: 'Innovation Chaudière', title: 'directeur général', status: 'incoming' }] },
  { text: '[PER Anne Ross] has been appointed chief operating officer of [ORG Loop Insights].', lang: 'en',
    want: [{ type: 'role', person: 'Anne Ross', org: 'Loop Insights', status: 'incoming' }] },
  { text: "Nous avons prié le trésorier, [PER Guy Lemay], de quitter son poste, a dit la présidente de l'[ORG Union numérique].",
    want: [{ type: 'role', person: 'Guy Lemay', org: 'Union numérique', status: 'former' }] },
  { text: "[PER Karine Dubé], présidente de [ORG Nexus Santé], a annoncé son départ. Elle quittera ses fonctions en juin.",
    want: [{ type: 'role', person: 'Karine Dubé', org: 'Nexus Santé', status: 'outgoing' }] },
  // possessive: the sentence's subject is the organization
  { text: "Le [ORG Réseau TI Mauricie] a tenu son assemblée, a indiqué sa directrice, [PER Emma Roy].",
    want: [{ type: 'role', person: 'Emma Roy', org: 'Réseau TI Mauricie', title: 'directrice' }] },
  // an anaphor ("l'organisme") as the organization
  { text: "Le [ORG Technopôle Vallée] a doublé ses revenus. « Nous grandissons », dit la directrice de l'organisme, [PER Inès Caron].",
    want: [{ type: 'role', person: 'Inès Caron', org: 'Technopôle Vallée', title: 'directrice' }] },
  // participant list: a person "de" a firm, without title
  { text: "Il s'agit de [PER Jean Roy] de [ORG Solutions Nova] et de [PER Lise Paré] de la [ORG Ville de Matane].",
    want: [{ type: 'role', person: 'Jean Roy', org: 'Solutions Nova' }, { type: 'role', person: 'Lise Paré', org: 'Ville de Matane' }] },
  // a successor: the predecessor held the same post
  { text: "[PER Claire Noël] est nommée directrice de [ORG Zone Créative]. Elle succède à [PER Rémi Hardy].",
    want: [{ type: 'role', person: 'Rémi Hardy', org: 'Zone Créative', status: 'former' }] },
  // the holder of an unnamed title is the person named with that title elsewhere
  { text: "[PER Alain Roy] (maire de [LOC Gaspé]) était présent. La décision du maire de [LOC Gaspé] et président de la [ORG Régie intermunicipale] a été saluée.",
    want: [{ type: 'role', person: 'Alain Roy', org: 'Régie intermunicipale', title: 'président', status: 'current' }] },
  { text: "[ORG Quanta Books] co-founder [PER Élise Martin] will become [ORG Ledgerly]'s vice-president of product.", lang: 'en',
    want: [{ type: 'role', person: 'Élise Martin', org: 'Ledgerly', title: 'vice-president of product', status: 'incoming' },
      { type: 'role', person: 'Élise Martin', org: 'Quanta Books', title: 'co-founder' }] },
  { text: "[PER Robert Hamel] siège au conseil d'administration de [ORG Nova Géomatique] depuis 2021.",
    want: [{ type: 'role', person: 'Robert Hamel', org: 'Nova Géomatique', status: 'current' }] },
  // an appointment that starts later is incoming; the predecessor who retires is outgoing
  { text: "Le conseil de l'[ORG Institut des données] a nommé [PER Véronique Paquette] au poste de directrice générale. Elle remplace [PER Michel Allard], qui prendra sa retraite en décembre. Elle entrera en fonction le 1er octobre.",
    want: [{ type: 'role', person: 'Véronique Paquette', org: 'Institut des données', title: 'directrice générale', status: 'incoming' },
      { type: 'role', person: 'Michel Allard', org: 'Institut des données', status: 'outgoing' }] },
  // "ex-" glued to the title; joining a team "à titre de" is incoming
  { text: "L'ex-directrice générale de [ORG Atelier Nomade], [PER Julie Caron], se joint à l'équipe de [ORG Pôle Lumen] à titre de directrice des programmes.",
    want: [{ type: 'role', person: 'Julie Caron', org: 'Atelier Nomade', title: 'directrice générale', status: 'former' },
      { type: 'role', person: 'Julie Caron', org: 'Pôle Lumen', title: 'directrice des programmes', status: 'incoming' }] },
  // the writer's own organization: "our CTO", "joins our board"; years spent "as" a title at a firm
  { text: "[ORG Brookline Sensors] is growing. [PER Marc Leclerc], our CTO, built the prototype. [PER Elise Ward], a partner at [ORG North Fund], joins our board. [PER Marc Leclerc] spent six years as a data engineer at [ORG Ericsson].", lang: 'en',
    want: [{ type: 'role', person: 'Marc Leclerc', org: 'Brookline Sensors', title: 'CTO' },
      { type: 'role', person: 'Elise Ward', org: 'North Fund', title: 'partner', status: 'current' },
      { type: 'role', person: 'Elise Ward', org: 'Brookline Sensors', title: 'board member', status: 'incoming' },
      { type: 'role', person: 'Marc Leclerc', org: 'Ericsson', title: 'data engineer', status: 'former' }] },
  // an adverb between the name and the title gives the status
  { text: "Elle sera remplacée par [PER Vanessa Roy], jusqu'ici directrice de l'ingénierie chez [ORG Hydro Nordique].",
    want: [{ type: 'role', person: 'Vanessa Roy', org: 'Hydro Nordique', status: 'former' }] },
  // "l'entreprise" is not the firm in a person's apposition
  { text: "[ORG Vireo Solutions] grandit. [PER Nathalie Gosselin], associée chez [ORG Capital Nord], fera son entrée au conseil d'administration de l'entreprise.",
    want: [{ type: 'role', person: 'Nathalie Gosselin', org: 'Vireo Solutions', status: 'incoming' }] },
  // entrusting, succeeding "à la tête de", leading without a title, hiring "as its new"
  { text: "Le conseil d'administration de [ORG Réseau Numérique Laval] a confié la direction générale à [PER Paul Gagnon].",
    want: [{ type: 'role', person: 'Paul Gagnon', org: 'Réseau Numérique Laval', status: 'incoming' }] },
  { text: "[PER Jean Dubé] prendra la relève de [PER Lise Roy] à la présidence de la [ORG Chambre de commerce de Rimouski].",
    want: [{ type: 'role', person: 'Jean Dubé', org: 'Chambre de commerce de Rimouski', status: 'incoming' },
      { type: 'role', person: 'Lise Roy', org: 'Chambre de commerce de Rimouski', status: 'outgoing' }] },
  { text: "[PER Karine Roy] succède à [PER Michel Hamel] à la tête de l'[ORG Association des technologies de Laval].",
    want: [{ type: 'role', person: 'Michel Hamel', org: 'Association des technologies de Laval', status: 'former' }] },
  { text: "Nommé en 2019, [PER Luc Perron] dirige depuis l'incubateur [ORG Espace Startup Estrie].",
    want: [{ type: 'role', person: 'Luc Perron', org: 'Espace Startup Estrie', status: 'current' }] },
  { text: "[PER Sophie Lavoie] occupe depuis mars le poste de directrice du marketing chez [ORG Groupe Alto].",
    want: [{ type: 'role', person: 'Sophie Lavoie', org: 'Groupe Alto', title: 'directrice du marketing', status: 'current' }] },
  { text: "[ORG Halo Robotics] has hired [PER Anna Becker] as its new chief financial officer.", lang: 'en',
    want: [{ type: 'role', person: 'Anna Becker', org: 'Halo Robotics', title: 'chief financial officer', status: 'incoming' }] },
  { text: "Le fondateur de [ORG Vireo Analytics], [PER Marc Gauthier], quitte l'entreprise après dix ans.",
    want: [{ type: 'role', person: 'Marc Gauthier', org: 'Vireo Analytics', status: 'outgoing' }] },
  // leading a meeting or a project is no role in an organization
  { text: "[PER Luc Perron] dirige la rencontre avec le maire de [LOC Gaspé].", none: ['role'] },
  // the title and organization open the sentence; a post entrusted in the passive
  { text: "Directrice générale d'[ORG AgroNum] depuis neuf ans, [PER Denise Lacoursière] quittera ses fonctions à la fin du mois.",
    want: [{ type: 'role', person: 'Denise Lacoursière', org: 'AgroNum', title: 'directrice générale', status: 'outgoing' }] },
  { text: "La direction générale de la [ORG Corporation numérique Laurentides] sera confiée à [PER Jérôme Lapointe].",
    want: [{ type: 'role', person: 'Jérôme Lapointe', org: 'Corporation numérique Laurentides', status: 'incoming' }] },
  // English: "chief executive X said"; a past post in a "where she was" clause; "serves as"
  { text: "[ORG Clarivox], the [LOC Gatineau] company, will open an office next month, chief executive [PER Marc Lévesque] said Tuesday.", lang: 'en',
    want: [{ type: 'role', person: 'Marc Lévesque', org: 'Clarivox', title: 'chief executive' }] },
  { text: "Its new CTO, [PER Aisha Farouk], joined from [ORG Brightline Labs], where she was director of machine learning.", lang: 'en',
    want: [{ type: 'role', person: 'Aisha Farouk', org: 'Brightline Labs', title: 'director of machine learning', status: 'former' }] },
  { text: "[ORG Parcelo] grew fast. [PER Olivier Dufresne] serves as chief technology officer.", lang: 'en',
    want: [{ type: 'role', person: 'Olivier Dufresne', org: 'Parcelo', title: 'chief technology officer' }] },
  // a long complement after the title; a descriptor before the organization
  { text: "Le groupe était accompagné par [PER Élodie Marchand], vice-présidente, attraction et partenariats internationaux, à [ORG Montréal International].",
    want: [{ type: 'role', person: 'Élodie Marchand', org: 'Montréal International', title: 'vice-présidente, attraction et partenariats internationaux' }] },
  { text: "[PER Chloé Boudreau], jusqu'ici directrice de la production chez le constructeur naval [ORG Chantier Cap-Rouge], a été nommée.",
    want: [{ type: 'role', person: 'Chloé Boudreau', org: 'Chantier Cap-Rouge', status: 'former' }] },
  // a person described by a job and a town, in an author's note: no role
  { text: "[ORG Vitrines Numériques] grandit. [PER Annie Poirier] est consultante en développement régional à [LOC Rimouski].", none: ['role'] },
  // a post named without its organization: the article's ("becomes", "is now", "joins … as", "deviendra")
  { text: "[ORG Capitale Numérique] is born. [PER Marc Boily], who has been executive director of [ORG Réseau Lévis Innovation] since 2011, becomes chief executive.", lang: 'en',
    want: [{ type: 'role', person: 'Marc Boily', org: 'Capitale Numérique', title: 'chief executive', status: 'incoming' },
      { type: 'role', person: 'Marc Boily', org: 'Réseau Lévis Innovation', title: 'executive director', status: 'current' }] },
  { text: "[ORG Voltiq] grows. [PER Olivier Beaulac] is now CEO. The first hire, [PER Rachel Ouimet], joins next month as vice-president of sales.", lang: 'en',
    want: [{ type: 'role', person: 'Olivier Beaulac', org: 'Voltiq', title: 'CEO', status: 'current' },
      { type: 'role', person: 'Rachel Ouimet', org: 'Voltiq', title: 'vice-president of sales', status: 'incoming' }] },
  { text: "Le [ORG Regroupement numérique] grandit. Mme [PER Nathalie Simard] deviendra officiellement présidente du conseil le 1er juillet.",
    want: [{ type: 'role', person: 'Nathalie Simard', org: 'Regroupement numérique', title: 'présidente du conseil', status: 'incoming' }] },
  // the subject after the apposition; "head" is a title but "head office" is not
  { text: "Qualifié de « machine à rencontres » par sa présidente-directrice générale, [PER Amélie Charbonneau], le [ORG Réseau Montérégie Tech] a grandi.",
    want: [{ type: 'role', person: 'Amélie Charbonneau', org: 'Réseau Montérégie Tech', title: 'présidente-directrice générale' }] },
  { text: "[PER Rachel Ouimet] was previously head of industrial accounts at [ORG Hydrolynx].", lang: 'en',
    want: [{ type: 'role', person: 'Rachel Ouimet', org: 'Hydrolynx', title: 'head of industrial accounts', status: 'former' }] },
  // "son associé" after a person: the person's partner, not the organization's
  { text: "La cofondatrice de [ORG Studio Cap-Rouge], [PER Maude Lacasse], deviendra directrice du bureau. Son associé, [PER Samuel Bérubé], restera.",
    want: [{ type: 'role', person: 'Maude Lacasse', org: 'Studio Cap-Rouge' }] },
  // a mayor's place is in the title; an English place before a place title
  { text: "Le [ORG Hublot] grandit. « Ils viennent à nous », s'est réjoui le maire de [LOC Rimouski], [PER Marc Parent].",
    want: [{ type: 'role', person: 'Marc Parent', org: 'Rimouski', status: 'current' }] },
  { text: "[LOC Gatineau] mayor [PER Maxime Pedneaud-Jobin] opened the event.", lang: 'en',
    want: [{ type: 'role', person: 'Maxime Pedneaud-Jobin', org: 'Gatineau', title: 'mayor' }] },
  // the speaker's title after a quote naming another organization; a complement is no subject
  { text: "Filiale du groupe [ORG Océanova], [ORG Marégraphe] grandit. « [ORG Océanova] nous a fait confiance », a déclaré le président et chef de la direction, [PER Julien Arsenault].",
    want: [{ type: 'role', person: 'Julien Arsenault', org: 'Marégraphe', title: 'président et chef de la direction' }] },
  { text: "[PER Étienne Lavigne-Roy], who works as a software architect at [ORG Rivière Bleue Solutions], added a prize.", lang: 'en',
    want: [{ type: 'role', person: 'Étienne Lavigne-Roy', org: 'Rivière Bleue Solutions', title: 'software architect' }] },
  // members carry someone to a post; the outgoing holder's organization is not the complement before
  { text: "Réunis hier soir, les membres du [ORG Réseau des entreprises technologiques] ont porté [PER Geneviève Lachance] à la présidence du conseil d'administration. Vice-présidente aux opérations chez [ORG Minetik], Mme [PER Geneviève Lachance] succède au président sortant, [PER Luc Demers], qui quitte le conseil.",
    want: [{ type: 'role', person: 'Geneviève Lachance', org: 'Réseau des entreprises technologiques', status: 'incoming' },
      { type: 'role', person: 'Luc Demers', org: 'Réseau des entreprises technologiques', title: 'président', status: 'outgoing' }] },
  // the person's own organization right after the name
  { text: "Parmi les entreprises figurent [ORG Exaltis] et [ORG Vigie Réseaux]. La délégation sera accompagnée de la cheffe de mission, [PER Nadia Lemelin], de [ORG Québec International].",
    want: [{ type: 'role', person: 'Nadia Lemelin', org: 'Québec International', title: 'cheffe de mission' }] },
  // teaser-like text with a title but nobody named: no role
  { text: 'Une nouvelle vice-présidente chez un institut de données', none: ['role'] },
  // a minister holds a post at the ministry the title names, when the article names it
  { text: "Le [ORG ministère de l'Économie, de la Science et de l'Innovation] appuie le projet. La ministre de l'Économie, de la Science et de l'Innovation, Mme [PER Dominique Anglade], était présente.",
    want: [{ type: 'role', person: 'Dominique Anglade', org: "ministère de l'Économie, de la Science et de l'Innovation", title: "ministre de l'Économie, de la Science et de l'Innovation" }] },
  { text: "Le [ORG ministère des Finances] finance le tout, a dit [PER Éric Girard], ministre des Finances.",
    want: [{ type: 'role', person: 'Éric Girard', org: 'ministère des Finances' }] },
  // … and to no organization nearby when the article does not name the ministry
  { text: "Le [ORG Réseau Estrie] a reçu la ministre de la Culture, [PER Nathalie Roy].", none: ['role'] },
  // new board members listed after a colon join the board of the organization before
  { text: "Le [ORG Réseau TI Côte-Nord] a tenu son assemblée. Deux nouveaux administrateurs se joignent au conseil : [PER Karim Saadi], directeur de [ORG Nordvision], et [PER Julie Côté], enseignante au [ORG Cégep de Sept-Îles].",
    want: [{ type: 'role', person: 'Karim Saadi', org: 'Réseau TI Côte-Nord', title: 'administrateur', status: 'incoming' },
      { type: 'role', person: 'Julie Côté', org: 'Réseau TI Côte-Nord', status: 'incoming' }] },
  // succeeding someone "as" a title
  { text: "[ORG Agrinova] change de direction. [PER Simon Houde], conseiller chez [ORG Technopole Maskoutaine], lui succédera à titre de directeur général le 1er octobre.",
    want: [{ type: 'role', person: 'Simon Houde', org: 'Agrinova', title: 'directeur général', status: 'incoming' }] },
  // an in-house title with no organization in the sentence: the article's organization
  { text: "[ORG Géomarine] ouvre un bureau à Québec. Sa collègue [PER Sophie Gauvin], vice-présidente aux technologies, restera à Rimouski.",
    want: [{ type: 'role', person: 'Sophie Gauvin', org: 'Géomarine', title: 'vice-présidente aux technologies' }] },
  // … but not a title any organization may give
  { text: "[ORG Géomarine] ouvre un bureau à Québec. [PER Jean Caron], professeur, a commenté.", none: ['role'] },
  // founders named in an opening participle; a founder with a post there is known by the post
  { text: "Founded in 2011 by geomatics engineer [PER Denis Caron], [ORG Routeo Labs] builds routing engines.", lang: 'en',
    want: [{ type: 'role', person: 'Denis Caron', org: 'Routeo Labs', title: 'founder' }] },
  { text: "Fondée en 2003 par deux diplômés de l'[ORG UQAR], [PER Marc Pelchat] et [PER Lise Gendron], la PME [ORG Géomarine] compte 22 employés. Le président de [ORG Géomarine], [PER Marc Pelchat], est optimiste.",
    want: [{ type: 'role', person: 'Lise Gendron', org: 'Géomarine', title: 'fondateur' }, { type: 'role', person: 'Marc Pelchat', org: 'Géomarine', title: 'président' }] },
  // "responsible for" the organization
  { text: "The grant was confirmed by [PER Denis Larue], Minister of State responsible for [ORG Canada Economic Development].", lang: 'en',
    want: [{ type: 'role', person: 'Denis Larue', org: 'Canada Economic Development' }] },
  // a shorter title when the longest runs into a name; joining in the infinitive; a complement with "pour"
  { text: "La professeure [PER Nadia Bérubé], titulaire de la [ORG Chaire de recherche en cybersécurité], présentera ses travaux.",
    want: [{ type: 'role', person: 'Nadia Bérubé', org: 'Chaire de recherche en cybersécurité', title: 'titulaire' }] },
  { text: "[PER Isabelle Roy] quittera ses fonctions en mai pour se joindre à [ORG Logixia], une firme de Laval, à titre de vice-présidente aux partenariats.",
    want: [{ type: 'role', person: 'Isabelle Roy', org: 'Logixia', title: 'vice-présidente aux partenariats', status: 'incoming' }] },
  { text: "[ORG Robotique Estran] a recruté un nouveau directeur des ventes pour l'Asie, [PER Kenji Sato].",
    want: [{ type: 'role', person: 'Kenji Sato', org: 'Robotique Estran', title: "directeur des ventes pour l'Asie" }] },
  // a pair shares a plural title; a title after a person is that person's, not the next one's
  { text: "Parmi eux figuraient [PER Luc Trudel], président de [ORG Logiciels Batiscan], [PER Paul Roy] et [PER Léa Fortin], cofondateurs du [ORG Studio Laviolette].",
    want: [{ type: 'role', person: 'Paul Roy', org: 'Studio Laviolette', title: 'cofondateur' }, { type: 'role', person: 'Léa Fortin', org: 'Studio Laviolette' },
      { type: 'role', person: 'Luc Trudel', org: 'Logiciels Batiscan' }] },

  // promoted; at the head of
  { text: "[PER Julie Roy] a été promue vice-présidente aux ventes de [ORG Vireo].",
    want: [{ type: 'role', person: 'Julie Roy', org: 'Vireo', title: 'vice-présidente aux ventes', status: 'incoming' }] },
  { text: "[PER Marc Dubé] est à la tête de [ORG Datalys] depuis 2015.",
    want: [{ type: 'role', person: 'Marc Dubé', org: 'Datalys', status: 'current' }] },
];

for (const row of rows) test(`role: ${row.text.slice(0, 70)}`, () => checkRow(row));

test('role: "son associé" after a person is not a post in the organization', () => {
  const facts = namedFacts(viaMarkup('La cofondatrice de [ORG Studio Cap-Rouge], [PER Maude Lacasse], deviendra directrice du bureau. Son associé, [PER Samuel Bérubé], restera.'));
  if (facts.some((f) => f.type === 'role' && f.person === 'Samuel Bérubé')) throw new Error(show(facts));
});

test('role: a mayor is not the post of the organization named before', () => {
  const facts = namedFacts(viaMarkup("Le [ORG Hublot] grandit. « Ils viennent à nous », s'est réjoui le maire de [LOC Rimouski], [PER Marc Parent]."));
  if (facts.some((f) => f.type === 'role' && f.org === 'Hublot')) throw new Error(show(facts));
});

test("a title after a person's name is that person's, not the next one's", () => {
  const facts = namedFacts(viaMarkup("Parmi eux figuraient [PER Luc Trudel], président de [ORG Logiciels Batiscan], [PER Paul Roy] et d'autres."));
  assert.ok(facts.some((f) => f.type === 'role' && f.person === 'Luc Trudel' && f.org === 'Logiciels Batiscan'), show(facts));
  assert.ok(!facts.some((f) => f.type === 'role' && f.person === 'Paul Roy'), show(facts));
});
