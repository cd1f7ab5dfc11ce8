import { useCallback } from 'react';
import { pathInLanguage } from '../domain/language-path';
import { useLang } from '../i18n/use-localize';

/** The address of a page (`/results`) in the language on screen (`/ja/results`), for links. */
export function usePagePath(): (path: string) => string {
  const lang = useLang();
  return useCallback((path) => pathInLanguage(lang, path), [lang]);
}
