import type { RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { ErrorRoute } from './routes/error-route';
import { LandingRoute } from './routes/landing-route';
import { NotFoundRoute } from './routes/not-found-route';

/**
 * The route table, shared by the browser router and the tests' memory router. The landing page is
 * the only screen in the first download; every other one loads its code (and the questions' texts
 * or the catalog) when it is first opened: each lazy module exports its page as `Component`.
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
          { path: 'questions/:sectionId?', lazy: () => import('./routes/questions-route') },
          { path: 'review', lazy: () => import('./routes/review-route') },
          { path: 'results', lazy: () => import('./routes/results-route') },
          { path: 's', lazy: () => import('./routes/shared-link-route') },
          { path: 'p/:presetId', lazy: () => import('./routes/preset-route') },
          { path: 'compare', lazy: () => import('./routes/compare-route') },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
