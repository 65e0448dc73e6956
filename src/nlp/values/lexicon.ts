/**
 * Words the value finders read, as data (French first, English too). Keys are lower case;
 * finders match case-insensitively and, for months and weekdays, with or without accents.
 */

/** Cardinal number words ("vingt-cinq" and "deux cents" are composed from these). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, thousand: 1000,
};

/** Scale words after a number: "29 millions", "1,1 G$", "$4.2M", "500 k$". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  mille: 1e3, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, m: 1e6, mm: 1e6,
  milliard: 1e9, milliards: 1e9, md: 1e9, g: 1e9, b: 1e9, bn: 1e9,
  // "billion" is 1e9 in English; a French "billion" (1e12) almost never appears in business news.
  billion: 1e9, billions: 1e9, trillion: 1e12,
};

/** Approximate round counts: "une centaine de membres" → 100, approx. */
export const ROUND_COUNTS: Readonly<Record<string, number>> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000, dozen: 12,
};

/** Words before a count that make it approximate ("près de 600", "more than 400"). */
export const APPROX_MARKERS: readonly string[] = [
  'près de', "près d'", 'plus de', "plus d'", 'environ', 'quelques', 'quelque', 'autour de', 'approximativement',
  'pas moins de', 'au moins', "jusqu'à", 'moins de', "moins d'", 'presque', 'quasi', 'au-delà de',
  'more than', 'over', 'about', 'around', 'approximately', 'nearly', 'almost', 'some', 'roughly',
  'close to', 'at least', 'up to', 'fewer than', 'less than', 'upwards of', 'just over',
];

/** Adjectives between a count and its noun that say the count is an increase. */
export const ADDED_ADJECTIVES: readonly string[] = [
  'nouveaux', 'nouvelles', 'nouvel', 'nouveau', 'nouvelle', 'new', 'additional', 'more', 'extra',
];

/** The same idea after the noun: "80 membres supplémentaires". */
export const ADDED_AFTER_NOUN: readonly string[] = [
  'supplémentaires', 'supplémentaire', 'additionnels', 'additionnelles', 'de plus', 'additional',
];

/** Other adjectives skipped to reach the head noun: "300 autres entreprises", "50 jeunes pousses". */
export const SKIPPED_ADJECTIVES: readonly string[] = [
  'autres', 'premiers', 'premières', 'derniers', 'dernières', 'grands', 'grandes', 'petits',
  'petites', 'other', 'full-time', 'part-time', 'local', 'young',
];

/** Words after a number that are not a counted noun (function words, units of time, places). */
export const NOT_COUNT_NOUNS: readonly string[] = [
  'le', 'la', 'les', "l'", 'des', 'de', 'du', "d'", 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'en',
  'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'selon', 'que', 'qui', 'ce', 'cette', 'ces', 'se',
  'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'est', 'sont', 'a', 'ont', 'fois', 'h', 'min',
  'the', 'an', 'and', 'or', 'of', 'in', 'to', 'for', 'on', 'at', 'by', 'with', 'from', 'is',
  'are', 'was', 'were', 'has', 'have', 'times', 'rue', 'avenue', 'boulevard', 'boul', 'chemin',
  'street', 'pour cent', 'percent', 'financement', 'investissement', 'dollars', 'euros',
  'durant', 'pendant', 'depuis', 'après', 'avant', 'chez', 'entre', 'vers', 'contre', 'parmi',
  'sous', 'dont', 'plus', 'moins', 'ne', 'y', 'tous', 'toutes', 'autres', 'during', 'after',
  'before', 'since', 'than', 'as', 'per', 'but', 'which', 'who', 'that', 'other', 'more',
];

/** Nouns that make "25 millions de X" an amount of money without a currency word. */
export const FUNDING_NOUNS: readonly string[] = [
  'financement', 'financements', 'investissement', 'investissements', 'subvention',
  'subventions', 'fonds', 'budget', 'aide', 'aides', 'prêt', 'prêts', 'contribution', 'contributions',
  'capital', 'capitaux', 'revenus', 'ventes', 'dépenses', 'enveloppe', 'crédit', 'crédits',
  'chiffre', 'recettes', 'dotation', 'funding', 'investment', 'grants', 'revenue', 'sales',
];

/** Words before an amount that say it is money: "une ronde de 25 millions". */
export const FUNDING_CUES: readonly string[] = [
  'invest', 'financ', 'subvention', 'levée', 'lève', 'levé', 'octro', 'injecte', 'budget', 'fonds',
  'enveloppe', 'contribution', 'aide', 'prêt', 'ronde', 'capital', 'chiffre', 'revenu', 'coût',
  'valeur', 'évalu', 'acqui', 'raise', 'funding', 'grant', 'valu', 'round',
];

/** Month names and abbreviations, accent-free lower case → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, january: 1, 'janv.': 1, 'jan.': 1, fevrier: 2, february: 2, 'fevr.': 2, 'fev.': 2,
  'feb.': 2, mars: 3, march: 3, 'mar.': 3, avril: 4, april: 4, 'avr.': 4, 'apr.': 4, mai: 5, may: 5,
  juin: 6, june: 6, 'jun.': 6, juillet: 7, july: 7, 'juil.': 7, 'jul.': 7, aout: 8, august: 8,
  'aug.': 8, septembre: 9, september: 9, 'sept.': 9, 'sep.': 9, octobre: 10, october: 10,
  'oct.': 10, novembre: 11, november: 11, 'nov.': 11, decembre: 12, december: 12, 'dec.': 12,
};

/** Weekdays, accent-free lower case → 0 (Sunday) … 6, as Date.getUTCDay(). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Ordinal words → value; "vingt-cinquième" is composed from a number word and a stem. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  premier: 1, première: 1, premiers: 1, premières: 1, second: 2, first: 1, third: 3, fifth: 5, eighth: 8, ninth: 9,
  twelfth: 12,
};

/** French "-ième" stems → value: "troisième" → "trois" → 3, "neuvième" → "neuv" → 9. */
export const ORDINAL_STEMS: Readonly<Record<string, number>> = {
  un: 1, deux: 2, trois: 3, quatr: 4, cinqu: 5, six: 6, sept: 7, huit: 8, neuv: 9, dix: 10, onz: 11,
  douz: 12, treiz: 13, quatorz: 14, quinz: 15, seiz: 16, vingt: 20, trent: 30, quarant: 40,
  cinquant: 50, soixant: 60, cent: 100, mill: 1000,
};

/** Currency words and signs after an amount → ISO code ('$' = the caller's default, CAD). */
export const CURRENCIES_AFTER: Readonly<Record<string, string>> = {
  $: '$', dollars: '$', dollar: '$', 'dollars canadiens': 'CAD', 'dollars américains': 'USD',
  'dollars us': 'USD', 'us dollars': 'USD', 'canadian dollars': 'CAD', '$ us': 'USD', '$us': 'USD',
  '$ ca': 'CAD', '$ca': 'CAD', '$ can': 'CAD', '$can': 'CAD', euros: 'EUR', euro: 'EUR', '€': 'EUR',
  'livres sterling': 'GBP', '£': 'GBP', 'francs suisses': 'CHF', usd: 'USD', cad: 'CAD', eur: 'EUR',
  gbp: 'GBP', chf: 'CHF',
};

/** Currency signs before an amount: "$4.2 million", "US$3 million", "€5 million". */
export const CURRENCIES_BEFORE: Readonly<Record<string, string>> = {
  $: '$', 'us$': 'USD', 'ca$': 'CAD', 'c$': 'CAD', 'cad$': 'CAD', 'au$': 'AUD', '€': 'EUR',
  '£': 'GBP', usd: 'USD', cad: 'CAD', eur: 'EUR', gbp: 'GBP',
};

/** Words right before a number that make it a reference, not a count: "article 12", "phase 2". */
export const REFERENCE_WORDS: readonly string[] = [
  'article', 'art.', 'numéro', 'no', 'n°', 'no.', 'page', 'p.', 'chapitre', 'section', 'annexe',
  'version', 'phase', 'étape', 'niveau', 'salle', 'local', 'bureau', 'suite', 'porte', 'route',
  'autoroute', 'lot', 'règlement', 'loi', 'bill', 'item', 'question', 'point', 'catégorie',
  'classe', 'chapter', 'level', 'room', 'highway', 'saison', 'season', 'épisode', 'episode',
];

/** Dates relative to the article's own date: phrase → [unit, offset]. */
export const RELATIVE_DATES: Readonly<Record<string, readonly ['day' | 'week' | 'weekend' | 'month' | 'year', number]>> = {
  "l'an prochain": ['year', 1], "l'an dernier": ['year', -1], "l'an passé": ['year', -1],
  "l'année prochaine": ['year', 1], "l'année dernière": ['year', -1], "l'année passée": ['year', -1],
  'cette année': ['year', 0], "l'année en cours": ['year', 0], 'next year': ['year', 1],
  'last year': ['year', -1], 'this year': ['year', 0], 'le mois dernier': ['month', -1],
  'le mois passé': ['month', -1], 'le mois prochain': ['month', 1], 'ce mois-ci': ['month', 0],
  'next month': ['month', 1], 'last month': ['month', -1], 'this month': ['month', 0],
  'la semaine dernière': ['week', -1], 'la semaine passée': ['week', -1],
  'la semaine prochaine': ['week', 1], 'cette semaine': ['week', 0], 'last week': ['week', -1],
  'next week': ['week', 1], 'this week': ['week', 0], hier: ['day', -1], 'avant-hier': ['day', -2],
  "aujourd'hui": ['day', 0], demain: ['day', 1], 'après-demain': ['day', 2], yesterday: ['day', -1],
  today: ['day', 0], tomorrow: ['day', 1],
  // A weekend is the Saturday and Sunday of the week meant.
  'le week-end dernier': ['weekend', -1], 'le weekend dernier': ['weekend', -1], 'la fin de semaine dernière': ['weekend', -1],
  'le week-end passé': ['weekend', -1], 'la fin de semaine passée': ['weekend', -1], 'ce week-end': ['weekend', 0],
  'cette fin de semaine': ['weekend', 0], 'le week-end prochain': ['weekend', 1], 'la fin de semaine prochaine': ['weekend', 1],
  'last weekend': ['weekend', -1], 'this weekend': ['weekend', 0], 'next weekend': ['weekend', 1], 'this past weekend': ['weekend', -1],
};

/** Words before a bare year that make it a date: "fondée en 1969", "depuis 2015", "in 2021". */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'en', 'dès', 'depuis', "jusqu'en", 'avant', 'après', "d'ici", 'in', 'since', 'from', 'until', 'by',
  'during', 'durant', 'pendant',
];

/** The same, but also common before quantities ("de 2000 employés"): a noun after cancels the date. */
export const YEAR_PREPOSITIONS_WEAK: readonly string[] = [
  'de', 'à', 'au', 'entre', 'et', 'pour', 'to', 'between', 'and', 'for', 'of',
];

/** Words before a year that narrow it: "au début de 2014", "en début d'année 2014", "early 2014". */
export const YEAR_QUALIFIERS: readonly string[] = [
  "début de l'année", "début d'année", 'début de', "début d'", 'début', "fin de l'année", "fin d'année",
  'fin de', 'fin', "milieu de l'année", 'milieu de', 'courant de', 'courant', 'mi-', 'année',
  'printemps', 'été', 'automne', 'hiver', 'early', 'late', 'mid-', 'mid', 'the end of', 'the beginning of',
  'the start of', 'the middle of', 'spring', 'summer', 'fall', 'autumn', 'winter',
];
