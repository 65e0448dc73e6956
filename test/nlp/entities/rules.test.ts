import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entitiesOf, labels } from './helpers.js';

/** [what, text, entities that must be there ("TYPE name"), labels that must not be there]. */
const ROWS: [string, string, string[], string[]][] = [
  // a word before a determiner is the verb, not the name's (but "les 23 et 24 octobre" is a date)
  ['a verb before a determiner ends the name', 'Capital Régional complète le financement de la jeune pousse.',
    ['ORG Capital Régional'], ['ORG Capital Régional complète']],
  ['a date after a name word', 'Le Réseau tiendra son Forum TI côtier les 23 et 24 octobre à Sept-Îles.',
    ['EVENT Forum TI côtier', 'LOC Sept-Îles'], []],
  // an office named after its city: the city is a place of its own too
  ['the city of a named office', "L'entente a été signée au bureau du Québec à Séoul la semaine dernière.",
    ['ORG bureau du Québec à Séoul', 'LOC Séoul'], []],
  // a sentence-opening adverb before an apposition; an embassy in lower case; informal regions
  ['an adverb opening the sentence is no name', "Enfin, l'organisme Zone Numérique Beauce obtient 150 000 $.",
    ['ORG Zone Numérique Beauce'], ['ORG Enfin']],
  ['an embassy named in lower case', "Il est délégué commercial à l'ambassade du Canada au Mexique depuis 2019.",
    ['ORG ambassade du Canada au Mexique'], ['ORG Canada au Mexique']],
  ['an informal region', "Les entreprises de l'Est-du-Québec exportent davantage.", ['LOC Est-du-Québec'], []],
  ['a possessive stops before a place', "She spent six years at Nokiatek Labs's Montréal office.", ['LOC Montréal'], ["ORG Nokiatek Labs's Montréal"]],
  // nouns that never open a name may go on inside one; a university's unit ends before its parent
  ['a chair keeps its lower-case words', "La Chaire de recherche en économie circulaire des PME a été créée en 2021.",
    ['ORG Chaire de recherche en économie circulaire des PME'], []],
  ['a faculty and its university are two bodies', "Le projet réunit la Faculté de médecine dentaire de l'Université Laval et trois cliniques.",
    ['ORG Faculté de médecine dentaire', 'ORG Université Laval'], ["ORG Faculté de médecine dentaire de l'Université Laval"]],
  ['a month still ends a name', 'Le Salon de l\'emploi de Rimouski en mai attire des centaines de visiteurs.',
    ["EVENT Salon de l'emploi de Rimouski"], []],
  // English titles and ministers' portfolios are no organizations; adjectives of origin end no name
  ['a minister\'s portfolio is a title, not a name', 'The grant was announced by Anita Singh, Minister of Rural Development and Official Languages, in the Ottawa office.',
    ['PER Anita Singh', 'LOC Ottawa'], ['ORG Rural Development', 'ORG Official Languages']],
  ['an English title after a possessive', "She reports to Omar Haddad, Orbitek Labs's President and Chief Operating Officer.",
    ['PER Omar Haddad'], ['ORG Chief Operating Officer', "ORG Orbitek Labs's President"]],
  ['an adjective of origin', 'Analysts expect the North American market to double.', [], ['ORG North American']],
  ['an adjective of origin may open a name', 'The Canadian Space Agency funds the mission.', ['ORG Canadian Space Agency'], []],
  // CamelCase event names by their inner head word
  ['event by its inner head', 'More than 200 coders came to HackBeauce, while the DataFest drew students.',
    ['EVENT HackBeauce', 'EVENT DataFest'], ['ORG HackBeauce']],
  // "St." places, a clitic "'s", and former municipalities
  ['St. places', "The delegation flew to St. John's and then to St. Catharines.", ["LOC St. John's", 'LOC St. Catharines'], ['ORG St. John']],
  ['sectors of merged cities', 'La jeune pousse a quitté Hull pour un local à Aylmer.', ['LOC Hull', 'LOC Aylmer'], []],
  ['org head with lower-case words', "L'Office québécois de la langue française a publié un guide.",
    ['ORG Office québécois de la langue française'], []],
  ['org head stops at a verb', 'La Fédération des coopératives forestières regroupe 30 membres.',
    ['ORG Fédération des coopératives forestières'], ['ORG Fédération des coopératives forestières regroupe']],
  ['coordination of two organizations', "L'Alliance des manufacturiers et la Fédération des chambres de commerce signent une entente.",
    ['ORG Alliance des manufacturiers', 'ORG Fédération des chambres de commerce'], []],
  ['et + de continues a ministry name', "Le ministère de l'Emploi et de la Solidarité sociale appuie le projet.",
    ["ORG ministère de l'Emploi et de la Solidarité sociale"], []],
  ['bare government is no entity', 'Le gouvernement a annoncé une aide, selon le gouvernement du Québec.',
    ['ORG gouvernement du Québec'], ['ORG gouvernement']],
  ['cue noun before a name', "L'incubateur Le Bocal accueille six jeunes entreprises à Lévis.",
    ['ORG Le Bocal', 'LOC Lévis'], []],
  ['cue noun with an adjective', 'Le studio lavallois Pixel Fauve ouvre un second bureau.',
    ['ORG Pixel Fauve'], []],
  ['apposition with a cue noun', 'Tessera, une jeune pousse de Gatineau, a levé deux millions.',
    ['ORG Tessera', 'LOC Gatineau'], []],
  ['name then (town)', 'Trois firmes participent : Nordvent (Matane) et Lumisoft (Granby).',
    ['ORG Nordvent', 'ORG Lumisoft', 'LOC Matane', 'LOC Granby'], []],
  ['hyphenated and apostrophe surnames', "Marie-Josée Ouellet et Jean-Sébastien D’Amours ont fondé l'entreprise.",
    ['PER Marie-Josée Ouellet', 'PER Jean-Sébastien D’Amours'], []],
  ['title prefix joins the full person', 'Lucie Bérard dirige le réseau. Selon Mme Bérard, la demande double.',
    ['PER Lucie Bérard'], ['PER Bérard']],
  ['City as administration and as place', 'La Ville de Rimouski appuie le projet, qui sera réalisé à Rimouski.',
    ['ORG Ville de Rimouski', 'LOC Rimouski'], []],
  ['place inside an org name', "L'Université du Québec à Chicoutimi forme des ingénieurs.",
    ['ORG Université du Québec à Chicoutimi'], ['LOC Chicoutimi']],
  ['English head at the end, left extension', 'The deal was signed with Northwind Robotics Group and the University of Calgary.',
    ['ORG Northwind Robotics Group', 'ORG University of Calgary'], ['LOC Calgary']],
  ['English apposition', 'Corvid Labs, a Calgary start-up, raised $3 million.',
    ['ORG Corvid Labs', 'LOC Calgary'], []],
  ['ordinal event', "La 12e Semaine de l'innovation numérique se tiendra à Laval.",
    ["EVENT Semaine de l'innovation numérique", 'LOC Laval'], []],
  ['event cue noun', "L'organisme tiendra son colloque annuel, Montérégie branchée, en mai.",
    ['EVENT Montérégie branchée'], ['LOC Montérégie']],
  ['program from a lower-case acronym definition', 'Québec a lancé sa stratégie de développement numérique (SDN) en 2019.',
    ['PROGRAM stratégie de développement numérique'], []],
  ['common-word acronym is no entity', "Les technologies de l'information et des communications (TIC) recrutent. Le secteur des TIC croît.",
    [], ['ORG TIC', 'ORG technologies de l\'information et des communications']],
  ['CamelCase and acronym shapes', 'La visite de BioNexa a été organisée par GIMTECH.',
    ['ORG BioNexa', 'ORG GIMTECH'], []],
  ['title of an organization', 'Julie Caron, présidente de Cordia Systèmes, a pris la parole.',
    ['PER Julie Caron', 'ORG Cordia Systèmes'], []],
  ['an English run closing on an event word is an event', 'More than 1,200 people attended the Montreal AI Summit last spring.',
    ['EVENT Montreal AI Summit'], ['ORG Montreal AI Summit']],
  ['an English contraction opens no name', "I'm Dana, and this is our first post.", [], ["ORG I'm Dana"]],
  ['a lone name in a business context', 'Elle a travaillé chez Ubisoft, puis Solvéo a acquis Datacime en juin.',
    ['ORG Ubisoft', 'ORG Solvéo', 'ORG Datacime'], []],
  ['a first name or a place in a business context is no organization', 'Lundi, Québec annonce une aide; Marie a acquis une maison.',
    [], ['ORG Québec', 'ORG Marie']],
  ['a program name takes its adjective or number', 'La Ville lance le programme Cap numérique, puis le programme Propulsion 360 pour les jeunes pousses.',
    ['PROGRAM Cap numérique', 'PROGRAM Propulsion 360'], ['PROGRAM Cap', 'PROGRAM Propulsion']],
  ['an ampersand joins a company name', 'Atelier Kodiak signed a deal with Meubles Rivard & Fils last year.',
    ['ORG Meubles Rivard & Fils'], ['ORG Meubles Rivard', 'ORG Fils']],
  ['English honorifics and offices open a person', 'The Honourable Mélanie Joly announced it. Minister Joly said so.',
    ['PER Mélanie Joly'], ['ORG Honourable Mélanie Joly', 'PER Minister Joly']],
];

for (const [what, text, want, unwanted] of ROWS) {
  test(what, () => {
    const got = labels(entitiesOf(text, { lang: /\b(the|with|raised)\b/.test(text) ? 'en' : 'fr' }));
    for (const w of want) assert.ok(got.includes(w), `missing ${w} in ${JSON.stringify(got)}`);
    for (const u of unwanted) assert.ok(!got.includes(u), `unexpected ${u} in ${JSON.stringify(got)}`);
  });
}

/** [what, text, entity name, aliases it must have]. */
const ALIASES: [string, string, string, string[]][] = [
  ['acronym definition', 'Le Centre de recherche industrielle du Québec (CRIQ) a 50 ans. Le CRIQ embauche.',
    'Centre de recherche industrielle du Québec', ['CRIQ']],
  ['acronym with dots after a comma', "L'Association des libraires du Québec, (A.L.Q.), compte 100 membres.",
    'Association des libraires du Québec', ['A.L.Q.']],
  ['cue noun + name alias', "L'accélérateur Le Phare accueille dix équipes.", 'Le Phare', ['accélérateur Le Phare']],
  ['ordinal alias', "La 12e Semaine de l'innovation numérique se tiendra à Laval.",
    "Semaine de l'innovation numérique", ["12e Semaine de l'innovation numérique"]],
  ['a short form may drop a leading place', 'The Magog Venture Lab opened in May. The Venture Lab will host ten companies.',
    'Magog Venture Lab', ['Venture Lab']],
  ['short form joins the long name', "L'Alliance des éditeurs numériques grandit. L'Alliance compte 40 membres.",
    'Alliance des éditeurs numériques', ['Alliance']],
  ['acronym spelling a name never defined', "L'École nationale d'administration publique forme des gestionnaires. L'ENAP recrute.",
    "École nationale d'administration publique", ['ENAP']],
];

test('an event named after an organization is not another name for it', () => {
  const entities = entitiesOf("L'incubateur Numéria change de direction. La finale du Défi Numéria aura lieu en mai. Numéria compte 30 entreprises.");
  const event = entities.find((x) => x.name === 'Défi Numéria');
  assert.ok(event && event.type === 'EVENT', JSON.stringify(labels(entities)));
  assert.ok(!event.aliases.includes('Numéria'), JSON.stringify(event.aliases));
  assert.ok(entities.some((x) => x.name === 'Numéria' && x.type === 'ORG'), JSON.stringify(labels(entities)));
});

test("the last words of a longer name name the body it belongs to", () => {
  const entities = entitiesOf("L'Accélérateur Cap Nord HEC Montréal (ACNHM) a accueilli dix jeunes pousses. Il relève de HEC Montréal, qui le finance.");
  const unit = entities.find((x) => x.name === 'Accélérateur Cap Nord HEC Montréal');
  assert.ok(unit, JSON.stringify(labels(entities)));
  assert.ok(!unit.aliases.includes('HEC Montréal'), JSON.stringify(unit.aliases));
});

test('a name with the same words in another order is another body', () => {
  const entities = entitiesOf("Les membres de Connexion numérique Haut-Richelieu (CNHR) ont voté. Richelieu Numérique était contre la fusion.");
  const big = entities.find((x) => x.name === 'Connexion numérique Haut-Richelieu');
  assert.ok(big, JSON.stringify(labels(entities)));
  assert.ok(!big.aliases.includes('Richelieu Numérique'), JSON.stringify(big.aliases));
});

for (const [what, text, name, aliases] of ALIASES) {
  test(what, () => {
    const entities = entitiesOf(text);
    const e = entities.find((x) => x.name === name);
    assert.ok(e, `no entity named ${name} in ${JSON.stringify(labels(entities))}`);
    for (const a of aliases) assert.ok(e.aliases.includes(a), `${name}: missing alias ${a} in ${JSON.stringify(e.aliases)}`);
  });
}

test('mentions are sorted, point to entities, and index the text', () => {
  const text = 'Le Réseau des entreprises du Bas-Saint-Laurent (REBSL) a tenu son gala. Le REBSL compte 200 membres à Rimouski.';
  const entities = entitiesOf(text);
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  assert.ok(mentions.length >= 3);
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(entities.some((e) => e.id === m.entity && e.type === m.type));
  }
  assert.deepEqual(entities.map((e) => e.id), entities.map((_, i) => `e${i + 1}`));
});

test('a byline that names a person is a PER entity without mentions', () => {
  const withAuthor = entitiesOf('La Ville de Gaspé embauche.', { author: 'Paul Tremblay' });
  const author = withAuthor.find((e) => e.name === 'Paul Tremblay');
  assert.equal(author?.type, 'PER');
  assert.equal(author?.mentions.length, 0);
  assert.ok(!entitiesOf('La Ville de Gaspé embauche.', { author: 'Rédaction' }).some((e) => e.type === 'PER'));
});
