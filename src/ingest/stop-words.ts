/** Frequent function words that tell French from English; none is common to both languages. */
export const STOP_WORDS = {
  fr: [
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'pour', 'que', 'qui', 'dans', 'sur', 'avec',
    'par', 'au', 'aux', 'ce', 'cette', 'il', 'elle', 'ne', 'pas', 'sont', 'été', 'ont', 'leur', 'mais', 'ou', 'nous',
  ],
  en: [
    'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'it', 'are', 'be',
    'this', 'from', 'at', 'an', 'have', 'has', 'its', 'which', 'were', 'will', 'their', 'but', 'or', 'we',
  ],
} as const;
