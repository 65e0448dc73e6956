/**
 * French clitics as data, following the Universal Dependencies French treebanks (Sequoia, GSD),
 * whose tokens the statistical tagger learns from.
 */

/** Elided words split off with their apostrophe: "l'ADTQ" → "l'" + "ADTQ" (lower-case forms). */
export const ELISIONS: readonly string[] = [
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu',
];

/**
 * Words whose apostrophe or hyphen is part of the word in UD French: never split
 * ("aujourd'hui", "quelqu'un", "c'est-à-dire", "rendez-vous"). Lower case.
 */
export const LEXICALIZED: readonly string[] = [
  "aujourd'hui", "quelqu'un", "quelqu'une", "presqu'île", "presqu'îles", "prud'homme", "prud'hommes",
  "c'est-à-dire", 'rendez-vous', "entr'ouvert",
];

/**
 * Pronouns after a verb, split with their hyphen ("explique-t-il" → "explique" + "-t-il",
 * "est-ce" → "est" + "-ce", "dites-moi" → "dites" + "-moi"), as UD does.
 */
export const SUBJECT_CLITICS: readonly string[] = [
  'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce',
];

/** Object pronouns after an imperative; split only after a lower-case verb ("donnez-le"). */
export const OBJECT_CLITICS: readonly string[] = [
  'moi', 'toi', 'lui', 'leur', 'le', 'la', 'les', 'en', 'y',
];
