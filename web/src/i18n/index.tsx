import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { en } from './en.js';
import { fr, type MessageKey } from './fr.js';

export type Lang = 'fr' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'veille.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { fr, en };

interface I18n {
  lang: Lang;
  t: Translate;
  setLang: (lang: Lang) => void;
}

/** French unless the reader chose English before (kept in localStorage). */
export function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const text = dict[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

const I18nContext = createContext<I18n>({ lang: 'fr', t: translator('fr'), setLang: () => {} });

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(() => ({
    lang,
    t: translator(lang),
    setLang: (next) => {
      try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: the choice lasts the visit */ }
      document.documentElement.lang = next;
      setLangState(next);
    },
  }), [lang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
