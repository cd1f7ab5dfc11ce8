import { lazy } from 'react';
import type { ResultsPageProps } from '../../features/results/results-page';

/**
 * The results screens, the engine and the whole catalog load only when results are opened, in
 * their own chunk, so the landing page and the questions stay light. Shared by every route that
 * shows results (saved answers, a share link, a preset).
 */
export const LazyResultsPage = lazy(async () => {
  const [{ ResultsPage: Page }, { default: content }] = await Promise.all([
    import('../../features/results/results-page'),
    import('virtual:content'),
  ]);
  function ResultsWithContent(props: Omit<ResultsPageProps, 'content'>) {
    return <Page {...props} content={content} />;
  }
  return { default: ResultsWithContent };
});
