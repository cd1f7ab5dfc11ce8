import type { RouteObject } from 'react-router';
import { languages } from '../domain/languages';
import { screenContent, type ScreenKind } from './content-in-language';
import { LanguageRedirect, LanguageRoot } from './language-root';
import { ErrorRoute } from './routes/error-route';
import { LandingRoute } from './routes/landing-route';
import { NotFoundRoute } from './routes/not-found-route';

/**
 * A screen that loads on first visit: its code and, in the same round trip, the content it shows
 * in the language its address names, which its components read with `useQuestionsContent` or
 * `useResultsContent` (./use-screen-content). `handle.content` tells the language switch what to
 * load before it moves to the other language's address.
 */
function screen(
  loadModule: () => Promise<Record<string, unknown>>,
  content: ScreenKind,
): Pick<RouteObject, 'lazy' | 'loader' | 'handle'> {
  return {
    lazy: loadModule,
    loader: ({ params }) => {
      const lang = languages.find((candidate) => candidate === params.lang);
      // A path without a language loads nothing: LanguageRoot sends it on to one that has.
      return lang ? screenContent[content].load(lang, params) : null;
    },
    handle: { content } satisfies ScreenHandle,
  };
}

/** What a screen's route says of itself, for whoever reads the matched routes. */
export interface ScreenHandle {
  content: ScreenKind;
}

/**
 * The route table, shared by the browser router and the tests' memory router. The landing page is
 * the only screen in the first download; every other one loads its code (and the questions' texts
 * or the catalog, in one language) when it is first opened: each lazy module exports its page as
 * `Component`.
 * (`lazy` is a function, not react-router's object form: that object is emptied once loaded, which
 * would break the next router built from this table, as each test builds one.) Page errors are
 * caught inside the layout so the header and language switch stay; the outer boundary catches a
 * broken layout.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <ErrorRoute />,
    children: [
      { index: true, element: <LanguageRedirect /> },
      {
        path: ':lang',
        element: <LanguageRoot />,
        children: [
          {
            errorElement: <ErrorRoute />,
            // A deep link renders nothing until its screen's code is in, then the whole page at
            // once. Showing the header first looked friendlier but split that into two renders and
            // cost the results page 100 to 400 ms of Total Blocking Time in Lighthouse.
            hydrateFallbackElement: null,
            children: [
              { index: true, element: <LandingRoute /> },
              {
                path: 'questions/:sectionId?',
                ...screen(() => import('./routes/questions-route'), 'questions'),
              },
              { path: 'review', ...screen(() => import('./routes/review-route'), 'questions') },
              { path: 'results', ...screen(() => import('./routes/results-route'), 'results') },
              { path: 's', ...screen(() => import('./routes/shared-link-route'), 'results') },
              { path: 'p/:presetId', ...screen(() => import('./routes/preset-route'), 'example') },
              { path: 'compare', ...screen(() => import('./routes/compare-route'), 'results') },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];
