import { createContext, useCallback, useContext } from 'react';
import type { Lang, LocalizedText } from '../domain/localized-text';
import { useLanguageStore } from '../stores/language-store';

export type Localize = (
  text: LocalizedText,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** Picks one language from a bilingual text and fills `{name}` placeholders. */
export function localize(
  lang: Lang,
  text: LocalizedText,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = text[lang];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The language of the page on screen: the one its address names (`/ja/…`), provided by the route
 * that reads it. Outside such a route (a component rendered on its own) the saved preference.
 */
export const PageLanguage = createContext<Lang | undefined>(undefined);

export function useLang(): Lang {
  const preferred = useLanguageStore((state) => state.lang);
  return useContext(PageLanguage) ?? preferred;
}

/** `t(messages.startButton)` in components: UI strings are bilingual objects, like content. */
export function useLocalize(): Localize {
  const lang = useLang();
  return useCallback((text, params) => localize(lang, text, params), [lang]);
}
