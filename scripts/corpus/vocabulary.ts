/** Word lists for the synthetic benchmark corpus. Written for Veille; names are invented or generic. */
export const CITIES = [
  'Montréal', 'Québec', 'Sherbrooke', 'Gatineau', 'Trois-Rivières', 'Saguenay', 'Rimouski', 'Lévis', 'Laval', 'Longueuil',
  'Drummondville', 'Granby', 'Saint-Hyacinthe', 'Rouyn-Noranda', "Val-d'Or", 'Sept-Îles', 'Baie-Comeau', 'Joliette',
  'Victoriaville', 'Shawinigan', 'Alma', 'Matane', 'Gaspé', 'Thetford Mines', 'Saint-Jérôme', 'Terrebonne', 'Magog',
  'Rivière-du-Loup', 'Sorel-Tracy', 'Mont-Laurier',
] as const;

export const ABROAD = [
  'Paris', 'Lyon', 'Bordeaux', 'Nantes', 'Boston', 'Toronto', 'Berlin', 'Barcelone', 'Tokyo', 'Séoul', 'Austin',
  'Londres', 'Bruxelles', 'Lille', 'Munich', 'New York',
] as const;

export const NETWORK_HEADS = ['Réseau', 'Pôle', 'Grappe', 'Carrefour', 'Alliance', 'Technopôle', 'Regroupement', 'Centre'] as const;
export const NETWORK_TOPICS = [
  'numérique', 'des technologies', 'du logiciel', "de l'intelligence artificielle", 'des jeux vidéo', 'de la cybersécurité',
  "de l'innovation", 'des données', 'des technologies médicales', 'du commerce électronique',
] as const;

export const COMPANY_STEMS = [
  'Nordi', 'Logi', 'Vireo', 'Data', 'Quanti', 'Boréa', 'Sila', 'Mira', 'Kalo', 'Tessa', 'Opti', 'Lumi', 'Arva', 'Civi',
  'Neva', 'Orbi', 'Praxi', 'Sola', 'Vela', 'Zeno', 'Atla', 'Brio', 'Cova', 'Dyna',
] as const;
export const COMPANY_ENDS = ['ka', 'qa', 'lis', 'flux', 'tek', 'sys', 'nova', 'vox', 'mind', 'pulse', 'grid', 'loop'] as const;
export const COMPANY_KINDS = ['Solutions', 'Technologies', 'Labs', 'Studio', 'Systèmes', 'Logiciels', 'Robotique', 'Santé'] as const;

export const FUNDERS = [
  "ministère de l'Économie et de l'Innovation", 'Investissement Québec', 'Développement économique Canada pour les régions du Québec',
  'Fonds de solidarité FTQ', 'Desjardins Capital', 'Banque de développement du Canada', 'Mitacs', 'Prompt',
  'Fondaction', 'Conseil national de recherches Canada',
] as const;

export const PROGRAM_FORMS = ['Programme {x}', 'Fonds {x}', 'Initiative {x}'] as const;
export const PROGRAM_WORDS = [
  'Essor numérique', 'Vitrines technologiques', 'Innovation régionale', 'Transformation numérique', 'Croissance PME',
  'Talents numériques', 'Données ouvertes', 'Commercialisation', 'Virage vert numérique', 'Exportation techno',
] as const;

export const FIRST_NAMES = [
  'Marie', 'Julie', 'Isabelle', 'Nathalie', 'Catherine', 'Sophie', 'Émilie', 'Geneviève', 'Valérie', 'Annie', 'Chantal',
  'Mélanie', 'Karine', 'Hélène', 'Louise', 'Jean', 'Pierre', 'Michel', 'François', 'Martin', 'Luc', 'Stéphane', 'Patrick',
  'Sylvain', 'Éric', 'Alain', 'Mathieu', 'Simon', 'Philippe', 'Benoît', 'Marc-André', 'Jean-François', 'Anne-Marie',
] as const;
export const LAST_NAMES = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier',
  'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu', 'Cloutier',
  'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', "D'Amours", 'Nadeau', 'Vachon',
] as const;

export const TITLES = [
  'directrice générale', 'directeur général', 'présidente', 'président', 'présidente-directrice générale',
  'président-directeur général', 'directrice des opérations', 'directeur technique', 'présidente du conseil',
] as const;

export const PURPOSES = [
  'embaucher une dizaine de développeurs', 'accélérer la commercialisation de sa plateforme', 'ouvrir un laboratoire de recherche',
  'former des travailleurs aux outils numériques', 'moderniser ses systèmes', 'conquérir de nouveaux marchés',
] as const;

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

/** Context sentences without entities, so articles have the length and vocabulary of real news. */
export const FILLER = [
  "L'écosystème technologique régional connaît une croissance soutenue depuis quelques années.",
  "Plusieurs entreprises de la région peinent toutefois à recruter de la main-d'œuvre spécialisée.",
  'Les détails du projet seront présentés lors d\'une rencontre publique au cours des prochaines semaines.',
  'Les retombées économiques attendues sont importantes pour la région.',
  "Le secteur numérique québécois compte aujourd'hui des milliers d'entreprises, surtout des PME.",
  "Les partenaires prévoient faire le point sur l'avancement des travaux d'ici un an.",
  "La pénurie de talents demeure l'un des principaux défis du secteur.",
  "Le projet s'inscrit dans une stratégie de développement à long terme.",
  'Des représentants du milieu universitaire participeront également aux travaux.',
  "Les organismes du milieu saluent une initiative structurante pour l'économie locale.",
  'Les jeunes pousses technologiques attirent de plus en plus d\'investisseurs étrangers.',
  'La transformation numérique des entreprises manufacturières reste une priorité.',
] as const;
