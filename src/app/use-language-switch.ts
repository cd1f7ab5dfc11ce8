import { useState } from 'react';
import { useLocation, useMatches, useNavigate } from 'react-router';
import { switchLanguagePath } from '../domain/language-path';
import type { Lang } from '../domain/languages';
import { useLanguageStore } from '../stores/language-store';
import { screenContent } from './content-in-language';
import type { ScreenHandle } from './routes';

export interface LanguageSwitchState {
  /** The language whose texts are on their way. */
  loading?: Lang;
  /** The language whose texts could not be loaded, until the user tries again or dismisses it. */
  unavailable?: Lang;
  switchTo: (lang: Lang) => void;
  dismiss: () => void;
}

/**
 * Switching the UI language: the same page at the other language's address, remembered for links
 * without a language. The content on screen comes in one language, so the page's content in the
 * other language loads first and the switch happens when it is in; if it cannot load (offline
 * before the app was ever cached), the page stays as it is and says so. Answers live in their own
 * store, so nothing is lost either way.
 */
export function useLanguageSwitch(): LanguageSwitchState {
  const setLang = useLanguageStore((state) => state.setLang);
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const screen = useMatches()
    .map(({ handle, params }) => ({
      kind: (handle as Partial<ScreenHandle> | undefined)?.content,
      params,
    }))
    .find((match) => match.kind !== undefined);
  const [loading, setLoading] = useState<Lang>();
  const [unavailable, setUnavailable] = useState<Lang>();
  return {
    loading,
    unavailable,
    switchTo: (lang) => {
      setLoading(lang);
      setUnavailable(undefined);
      // The route loads it again at the new address, from the values built here.
      const content = screen?.kind
        ? screenContent[screen.kind].load(lang, screen.params)
        : Promise.resolve();
      content.then(
        () => {
          setLang(lang);
          setLoading(undefined);
          void navigate({ pathname: switchLanguagePath(pathname, lang), search, hash });
        },
        () => {
          setUnavailable(lang);
          setLoading(undefined);
        },
      );
    },
    dismiss: () => {
      setUnavailable(undefined);
    },
  };
}
