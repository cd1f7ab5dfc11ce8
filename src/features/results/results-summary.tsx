import type { Advice } from '../../domain/advice';
import type { Answers } from '../../domain/answers';
import type { ResultsContent } from '../../domain/results-content';
import { answerForRole } from '../../domain/question-roles';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { messages } from './messages';
import styles from './results-page.module.css';

/**
 * What frames the results: the stage the team said it is at and any failure gaps. The doors and
 * services are in the plan right below, so the summary does not count them.
 */
export function ResultsSummary({
  advice,
  answers,
  content,
}: {
  advice: Advice;
  answers: Answers;
  content: ResultsContent;
}) {
  const t = useLocalize();
  const format = useFormat();
  // The roadmap places an unanswered stage at seed; the summary only states what the team said.
  const stage =
    answerForRole(answers, content.questionnaire, 'stage') === undefined
      ? undefined
      : advice.roadmap.find((step) => step.position === 'now');
  const gaps = advice.failure.filter((check) => check.status === 'gap').length;
  const facts = [
    stage ? t(messages.summaryStage, { stage: t(stage.title) }) : null,
    gaps > 0
      ? t(
          format.plural(gaps, {
            one: messages.summaryGapsOne,
            other: messages.summaryGapsOther,
          }),
          {
            count: gaps,
          },
        )
      : null,
  ];
  return (
    <ul className={styles.summary} aria-label={t(messages.summaryLabel)}>
      {facts.map((fact) => (fact ? <li key={fact}>{fact}</li> : null))}
    </ul>
  );
}
