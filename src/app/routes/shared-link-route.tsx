import { useLocation } from 'react-router';
import { SharedLinkPage } from '../../features/share/shared-link-page';
import { useResultsContent } from '../use-screen-content';
import { renderResults } from './results-with-content';

/** `/s?st=seed&…&v=1`: a share link. Keyed by its query so a second link starts afresh. */
function SharedLinkRoute() {
  const { search } = useLocation();
  const { questionnaire } = useResultsContent();
  return (
    <SharedLinkPage
      key={search}
      query={search}
      questionnaire={questionnaire}
      renderResults={renderResults}
    />
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { SharedLinkRoute as Component };
