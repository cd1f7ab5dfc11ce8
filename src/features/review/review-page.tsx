import { PageLink } from '../../ui/page-link';
import type { AnswerValue } from '../../domain/answers';
import { flowProgress, questionnaireFlow } from '../../domain/questionnaire-flow';
import type { Question, Questionnaire } from '../../domain/questionnaire-schema';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import { StartOverButton } from '../../ui/start-over-button';
import { useDocumentTitle } from '../../ui/use-document-title';
import { reviewMessages as messages } from './messages';
import styles from './review-page.module.css';

/** The labels of the chosen options, in questionnaire order. */
function chosenLabels(question: Question, value: AnswerValue | undefined) {
  const chosen = typeof value === 'string' ? [value] : (value ?? []);
  return question.options.filter((option) => chosen.includes(option.value));
}

/** Every shown question with its answer and a way back to change it. */
export function ReviewPage({ questionnaire }: { questionnaire: Questionnaire }) {
  const t = useLocalize();
  const format = useFormat();
  const answers = useAnswersStore((state) => state.answers);
  const flow = questionnaireFlow(questionnaire, answers);
  const progress = flowProgress(flow, answers);
  useDocumentTitle(t(messages.title));

  return (
    <>
      <h1 className={styles.title}>{t(messages.title)}</h1>
      <p className={styles.intro}>{t(messages.intro)}</p>
      <p className={styles.count}>
        {t(messages.answered, {
          answered: format.number(progress.answered),
          total: format.number(progress.total),
        })}
      </p>
      {flow.map(({ section, questions }) => (
        <section
          key={section.id}
          className={styles.section}
          aria-labelledby={`review-${section.id}`}
        >
          <h2 id={`review-${section.id}`}>{t(section.title)}</h2>
          <dl className={styles.list}>
            {questions.map((question) => {
              const labels = chosenLabels(question, answers[question.id]);
              const title = t(question.title);
              return (
                <div key={question.id} className={styles.row}>
                  <dt className={styles.question}>{title}</dt>
                  {labels.length > 0 ? (
                    <dd className={styles.answer}>
                      {format.list(labels.map((option) => t(option.label)))}
                    </dd>
                  ) : (
                    <dd className={styles.missing}>{t(messages.notAnswered)}</dd>
                  )}
                  <dd className={styles.change}>
                    <PageLink
                      to={`/questions/${section.id}#question-${question.id}`}
                      aria-label={t(messages.changeNamed, { question: title })}
                    >
                      {t(messages.change)}
                    </PageLink>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <div className={styles.actions}>
        <PageLink to="/results" className={buttons.primary}>
          {t(messages.seeResults)}
        </PageLink>
        <StartOverButton />
      </div>
    </>
  );
}
