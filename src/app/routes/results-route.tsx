import outline from 'virtual:content/outline';
import { PageLink } from '../../ui/page-link';
import { ExportSection } from '../../features/export/export-section';
import { CopyLinkButton } from '../../features/share/copy-link-button';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import { PrintHandoutButton } from '../../ui/print-handout-button';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useQuestionsPath } from '../../ui/use-questions-path';
import { useSavedScenario } from '../../ui/use-saved-scenario';
import { appMessages } from '../messages';
import { useResultsContent } from '../use-screen-content';
import { ResultsWithContent } from './results-with-content';
import styles from './results-route.module.css';

/**
 * `/results`: the advice for the saved answers, with "what if" edits kept in a scenario beside them
 * until the user keeps it. Copy link and the export read the saved answers, as the review page does.
 */
function ResultsRoute() {
  const t = useLocalize();
  const answers = useAnswersStore((state) => state.answers);
  const { content } = useResultsContent();
  const scenario = useSavedScenario();
  const questionsPath = useQuestionsPath(outline);
  useDocumentTitle(t(appMessages.resultsTitle));
  const hasAnswers = Object.keys(answers).length > 0;

  return (
    <>
      {!hasAnswers && (
        <p className={styles.empty}>
          {t(appMessages.noAnswersYet)}{' '}
          <PageLink to={questionsPath}>{t(appMessages.startQuestions)}</PageLink>
        </p>
      )}
      <ResultsWithContent scenario={scenario} />
      {hasAnswers && (
        <>
          <div className={styles.share}>
            <CopyLinkButton answers={answers} questionnaire={outline} />
            <PrintHandoutButton />
            <PageLink to="/compare">{t(appMessages.compareLink)}</PageLink>
          </div>
          <ExportSection answers={answers} content={content} loading={t(appMessages.loading)} />
        </>
      )}
    </>
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { ResultsRoute as Component };
