import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { languages, type Lang } from '../domain/languages';
import { browserStorage } from './browser-storage';

/** The browser's preferred language if we speak it, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = languages.find((lang) => lang === base);
    if (match) return match;
  }
  return 'en';
}

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The UI language: chosen by the user, remembered, and defaulting to the browser's language. */
export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      lang: preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
      setLang: (lang) => {
        set({ lang });
      },
    }),
    {
      name: 'stack-advisor.language',
      // Version 1 saves `{ lang }`. A setting saved by another version (an older build, or a newer
      // one the user came back from) is read the same way: merge keeps its `lang` if we speak it.
      version: 1,
      migrate: (persisted) => persisted as Partial<LanguageState>,
      storage: createJSONStorage(() => browserStorage),
      // A stored value that is not a language we speak is ignored rather than trusted.
      merge: (persisted, current) => {
        const lang = (persisted as Partial<LanguageState> | undefined)?.lang;
        return languages.includes(lang as Lang) ? { ...current, lang: lang as Lang } : current;
      },
    },
  ),
);
