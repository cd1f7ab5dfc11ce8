import { languages, type Lang } from './languages';

/**
 * Every page lives under its language: `/ja/p/seed-saas/`, `/en/questions/stage-and-team`. A link
 * then opens in the language it was shared in, each page has one address per language, and a static
 * host serves each language's prerendered file without looking at `Accept-Language`.
 * Paths here are the router's: below the sub-path of a BASE_PATH build, starting with `/`.
 */

/** `/results` in Japanese: `/ja/results`; the landing page `/` is `/ja/`. */
export function pathInLanguage(lang: Lang, path: string): string {
  return `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

export interface LanguagePath {
  lang: Lang;
  /** The rest of the path, from its `/`: `/p/seed-saas/`, or `/` for the landing page. */
  rest: string;
}

/** The language a path names, and the page below it; `undefined` for a path from before languages. */
export function splitLanguagePath(pathname: string): LanguagePath | undefined {
  const [, first = '', ...rest] = pathname.split('/');
  const lang = languages.find((candidate) => candidate === first);
  if (!lang) return undefined;
  return { lang, rest: `/${rest.join('/')}` };
}

/** The same page in another language: the language switch and the `hreflang` alternates. */
export function switchLanguagePath(pathname: string, lang: Lang): string {
  return pathInLanguage(lang, splitLanguagePath(pathname)?.rest ?? pathname);
}
