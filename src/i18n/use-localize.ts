import { createContext, useCallback, useContext } from 'react';
import { textIn } from '../domain/in-language';
import type { Lang, Text } from '../domain/localized-text';
import { useLanguageStore } from '../stores/language-store';

export type Localize = (text: Text, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A text in `lang` with its `{name}` placeholders filled: a bilingual one (the app's messages,
 * content parsed from content/) gives up that language; a content text loaded in the page's
 * language already is it.
 */
export function localize(
  lang: Lang,
  text: Text,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = textIn(text, lang);
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
