import questionnaire from 'virtual:content/questionnaire';
import { Suspense } from 'react';
import { useLocation } from 'react-router';
import { SharedLinkPage } from '../../features/share/shared-link-page';
import { useLocalize } from '../../i18n/use-localize';
import { appMessages } from '../messages';
import { LazyResultsPage } from './lazy-results-page';

/** `/s?st=seed&…&v=1`: a share link. Keyed by its query so a second link starts afresh. */
function SharedLinkRoute() {
  const t = useLocalize();
  const { search } = useLocation();
  return (
    <SharedLinkPage
      key={search}
      query={search}
      questionnaire={questionnaire}
      renderResults={(answers, onAnswerChange) => (
        <Suspense fallback={<p role="status">{t(appMessages.loading)}</p>}>
          <LazyResultsPage answers={answers} onAnswerChange={onAnswerChange} />
        </Suspense>
      )}
    />
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { SharedLinkRoute as Component };
