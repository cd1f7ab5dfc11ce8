import questionnaire from 'virtual:content/questionnaire';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { ResultsPageProps } from '../../features/results/results-page';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useQuestionsPath } from '../../ui/use-questions-path';
import { appMessages } from '../messages';
import styles from './results-route.module.css';

/**
 * The results screens, the engine and the whole catalog load only when results are opened, in
 * their own chunk, so the landing page and the questions stay light.
 */
const ResultsPage = lazy(async () => {
  const [{ ResultsPage: Page }, { default: content }] = await Promise.all([
    import('../../features/results/results-page'),
    import('virtual:content'),
  ]);
  function ResultsWithContent(props: Omit<ResultsPageProps, 'content'>) {
    return <Page {...props} content={content} />;
  }
  return { default: ResultsWithContent };
});

/** `/results`: the advice for the saved answers, with "what if" edits written back to the store. */
export function ResultsRoute() {
  const t = useLocalize();
  const answers = useAnswersStore((state) => state.answers);
  const setAnswer = useAnswersStore((state) => state.setAnswer);
  const questionsPath = useQuestionsPath(questionnaire);
  useDocumentTitle(t(appMessages.resultsTitle));

  return (
    <>
      {Object.keys(answers).length === 0 && (
        <p className={styles.empty}>
          {t(appMessages.noAnswersYet)}{' '}
          <Link to={questionsPath}>{t(appMessages.startQuestions)}</Link>
        </p>
      )}
      <Suspense fallback={<p role="status">{t(appMessages.loading)}</p>}>
        <ResultsPage answers={answers} onAnswerChange={setAnswer} />
      </Suspense>
    </>
  );
}
