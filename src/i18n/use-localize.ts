import { useCallback } from 'react';
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

export function useLang(): Lang {
  return useLanguageStore((state) => state.lang);
}

/** `t(messages.startButton)` in components: UI strings are bilingual objects, like content. */
export function useLocalize(): Localize {
  const lang = useLang();
  return useCallback((text, params) => localize(lang, text, params), [lang]);
}
