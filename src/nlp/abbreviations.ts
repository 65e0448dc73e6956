/**
 * Abbreviations that keep their period, as data (edit freely; case-sensitive, listed without the
 * period). The tokenizer glues the "." to these words ("M." one token); the sentence splitter
 * reads the two lists differently:
 *
 * - TITLE_ABBREVIATIONS come before something ("M. Tremblay", "p. ex. le", "St. Jean"): a
 *   sentence never ends on them, so no break follows them.
 * - FINAL_ABBREVIATIONS can close a sentence ("…, des jeux, etc. Le lendemain", "Acme Inc. Elle"):
 *   a break follows them when the next word is capitalized.
 *
 * A single capital letter + "." is an initial ("J. Tremblay"): no break unless the next word is
 * one of SENTENCE_STARTERS ("le plan B. Le comité…").
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  // French titles and forms of address
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Dre', 'Pr', 'Pre', 'Me', 'Mgr', 'Prof', 'prof',
  // English titles
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Lt', 'Col', 'Gen', 'Capt',
  // saints and places
  'St', 'Ste', 'Mt', 'Ft',
  // months before their day ("Feb. 3, 2011", "le 3 févr. 2011" is handled by the date parser)
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  // references and scholarly abbreviations
  'p', 'pp', 'ex', 'cf', 'art', 'Art', 'vol', 'Vol', 'chap', 'fig', 'Fig', 'éd', 'env', 'approx',
  'No', 'tél', 'Tél', 'téléc', 'av', 'boul', 'ch', 'vs', 'coll', 'dir', 'resp',
];

export const FINAL_ABBREVIATIONS: readonly string[] = [
  'etc', 'inc', 'Inc', 'ltée', 'Ltée', 'enr', 'Enr', 'Corp', 'corp', 'Ltd', 'ltd', 'Co', 'Cie', 'cie',
  'LLC', 'Jr', 'Sr', 'Bros', 'min', 'max',
];

/** Words that open a sentence often enough to override the initial/acronym rule above. */
export const SENTENCE_STARTERS: readonly string[] = [
  'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Ce', 'Cet', 'Cette', 'Ces', 'Il', 'Elle', 'Ils',
  'Elles', 'On', 'Nous', 'Vous', 'Je', 'En', 'Dans', 'Par', 'Pour', 'Selon', 'Avec', 'Depuis',
  'Mais', 'Et', 'Or', 'Puis', 'Ainsi', 'Aussi', 'Cependant', 'Toutefois', 'De', 'Du', 'Au', 'Aux',
  'Sa', 'Son', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos', 'Votre', 'Vos', 'Y', 'À', 'Après',
  'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'In', 'On', 'At',
  'For', 'But', 'And', 'According', 'With', 'Its', 'Their', 'Our', 'His', 'Her', 'A', 'An',
];
