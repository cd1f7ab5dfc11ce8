import { ResultsPage, type ResultsPageProps } from '../../features/results/results-page';
import type { RenderResults } from '../../ui/render-results';
import { engineAdviser } from '../engine-adviser';
import { useResultsContent } from '../use-screen-content';

/** The results page with the content its route loaded in the page's language, and the engine. */
export function ResultsWithContent(props: Omit<ResultsPageProps, 'content' | 'adviser'>) {
  const { content } = useResultsContent();
  return <ResultsPage {...props} content={content} adviser={engineAdviser(content)} />;
}

/** The results under a share link's banner, for that page's `renderResults`. */
export const renderResults: RenderResults = (scenario) => (
  <ResultsWithContent scenario={scenario} />
);
