import { STOP_WORDS } from './stop-words.js';

const FR = new Set<string>(STOP_WORDS.fr);
const EN = new Set<string>(STOP_WORDS.en);

/**
 * French or English, by counting each language's stop words. Ties and texts with neither
 * (a list of names, numbers) are French, Veille's main language.
 */
export function detectLang(text: string): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FR.has(word)) fr++;
    else if (EN.has(word)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
