import content from 'virtual:content';
import { ResultsPage, type ResultsPageProps } from '../../features/results/results-page';

/**
 * The results screens with the whole catalog. Only the lazily loaded routes that show results
 * (saved answers, a share link, a preset) import this, so the engine and the catalog arrive in the
 * same round trip as the route's own code instead of one after it.
 */
export function ResultsWithContent(props: Omit<ResultsPageProps, 'content'>) {
  return <ResultsPage {...props} content={content} />;
}
