import content from 'virtual:content';
import { ResultsPage, type ResultsPageProps } from '../../features/results/results-page';
import type { RenderResults } from '../../ui/render-results';

/**
 * The results screens with the whole catalog. Only the lazily loaded routes that show results
 * (saved answers, a share link, a preset) import this, so the engine and the catalog arrive in the
 * same round trip as the route's own code instead of one after it.
 */
export function ResultsWithContent(props: Omit<ResultsPageProps, 'content'>) {
  return <ResultsPage {...props} content={content} />;
}

/** The results under a share link's or a preset's banner, for those pages' `renderResults`. */
export const renderResults: RenderResults = (scenario) => (
  <ResultsWithContent scenario={scenario} />
);
