import type { RouteObject } from 'react-router';
import { formattersFor } from '../i18n/use-format';
import { useLanguageStore } from '../stores/language-store';
import { loadTexts, type TextPart } from './content-texts';
import { AppLayout } from './app-layout';
import { ErrorRoute } from './routes/error-route';
import { LandingRoute } from './routes/landing-route';
import { NotFoundRoute } from './routes/not-found-route';

/**
 * A screen that loads on first visit: its code, and in the same round trip the texts of the content
 * it shows, in the UI language only. Every screen but the landing page formats numbers, and a
 * page's first Intl call initialises ICU (40 to 90 ms of main thread): done here, it runs while
 * the code is on the network instead of inside the screen's first render.
 */
function screen(
  loadModule: () => Promise<Record<string, unknown>>,
  textParts: readonly TextPart[],
): () => Promise<Record<string, unknown>> {
  return async () => {
    const { lang } = useLanguageStore.getState();
    const loading = Promise.all([loadModule(), loadTexts(textParts, lang)]);
    formattersFor(lang).number(0);
    const [module] = await loading;
    return module;
  };
}

const questions = ['questionnaire'] as const;
const questionsAndCatalog = ['questionnaire', 'catalog'] as const;

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
    element: <AppLayout />,
    errorElement: <ErrorRoute />,
    children: [
      {
        errorElement: <ErrorRoute />,
        // A deep link renders nothing until its screen's code is in, then the whole page at once.
        // Showing the header first looked friendlier but split that into two renders and cost the
        // results page 100 to 400 ms of Total Blocking Time in Lighthouse.
        hydrateFallbackElement: null,
        children: [
          { index: true, element: <LandingRoute /> },
          {
            path: 'questions/:sectionId?',
            lazy: screen(() => import('./routes/questions-route'), questions),
          },
          { path: 'review', lazy: screen(() => import('./routes/review-route'), questions) },
          {
            path: 'results',
            lazy: screen(() => import('./routes/results-route'), questionsAndCatalog),
          },
          {
            path: 's',
            lazy: screen(() => import('./routes/shared-link-route'), questionsAndCatalog),
          },
          {
            path: 'p/:presetId',
            lazy: screen(() => import('./routes/preset-route'), questionsAndCatalog),
          },
          {
            path: 'compare',
            lazy: screen(() => import('./routes/compare-route'), questionsAndCatalog),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
