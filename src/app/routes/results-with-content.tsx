import { ResultsPage, type ResultsPageProps } from '../../features/results/results-page';
import type { RenderResults } from '../../ui/render-results';
import { useResultsContent } from '../use-screen-content';

/** The results page with the content its route loaded in the page's language. */
export function ResultsWithContent(props: Omit<ResultsPageProps, 'content'>) {
  const { content } = useResultsContent();
  return <ResultsPage {...props} content={content} />;
}

/** The results under a share link's or a preset's banner, for those pages' `renderResults`. */
export const renderResults: RenderResults = (scenario) => (
  <ResultsWithContent scenario={scenario} />
);
