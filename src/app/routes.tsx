import type { RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { CompareRoute } from './routes/compare-route';
import { ErrorRoute } from './routes/error-route';
import { LandingRoute } from './routes/landing-route';
import { NotFoundRoute } from './routes/not-found-route';
import { PresetRoute } from './routes/preset-route';
import { QuestionsRoute } from './routes/questions-route';
import { ResultsRoute } from './routes/results-route';
import { ReviewRoute } from './routes/review-route';
import { SharedLinkRoute } from './routes/shared-link-route';

/**
 * The route table, shared by the browser router and the tests' memory router. Page errors are
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
        children: [
          { index: true, element: <LandingRoute /> },
          { path: 'questions', element: <QuestionsRoute /> },
          { path: 'questions/:sectionId', element: <QuestionsRoute /> },
          { path: 'review', element: <ReviewRoute /> },
          { path: 'results', element: <ResultsRoute /> },
          { path: 's', element: <SharedLinkRoute /> },
          { path: 'p/:presetId', element: <PresetRoute /> },
          { path: 'compare', element: <CompareRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
