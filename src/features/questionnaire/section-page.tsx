import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { usePagePath } from '../../ui/use-page-path';
import { PageLink } from '../../ui/page-link';
import { withAnswer } from '../../domain/answers';
import {
  flowProgress,
  isAnswered,
  questionNumber,
  questionnaireFlow,
} from '../../domain/questionnaire-flow';
import type { Question, Questionnaire } from '../../domain/questionnaire-schema';
import { useFormat } from '../../i18n/use-format';
import { useLocalize, type Localize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import { LiveRegion } from '../../ui/live-region';
import { useDocumentTitle } from '../../ui/use-document-title';
import { questionnaireMessages as messages } from './messages';
import { QuestionField, type AnswerChange } from './question-field';
import styles from './section-page.module.css';

/** Puts the keyboard on a question: its chosen option if it has one, else its first option. */
function focusQuestion(questionId: string): void {
  const field = document.getElementById(`question-${questionId}`);
  const input =
    field?.querySelector<HTMLInputElement>('input:checked') ??
    field?.querySelector<HTMLInputElement>('input');
  input?.focus();
}

/** What a screen reader should hear after an answer changed more than the option clicked. */
function describeChange(
  t: Localize,
  change: AnswerChange,
  shownBefore: readonly Question[],
  shownAfter: readonly Question[],
): string {
  const notes: string[] = [];
  const [cleared] = change.cleared;
  if (cleared) {
    notes.push(
      change.chosen.exclusive
        ? t(messages.clearedOthers, { option: t(change.chosen.label) })
        : t(messages.clearedExclusive, {
            option: t(change.chosen.label),
            cleared: t(cleared.label),
          }),
    );
  }
  const before = new Set(shownBefore.map((question) => question.id));
  const after = new Set(shownAfter.map((question) => question.id));
  for (const question of shownAfter) {
    if (!before.has(question.id)) notes.push(t(messages.appeared, { title: t(question.title) }));
  }
  for (const question of shownBefore) {
    if (!after.has(question.id)) {
      notes.push(t(messages.disappeared, { title: t(question.title) }));
    }
  }
  return notes.join(' ');
}

interface SectionPageProps {
  questionnaire: Questionnaire;
  sectionId: string;
}

/**
 * One section of the questionnaire. Only the questions whose display conditions hold are shown;
 * numbering and progress count those alone, so they stay right as questions come and go.
 */
export function SectionPage({ questionnaire, sectionId }: SectionPageProps) {
  const t = useLocalize();
  const format = useFormat();
  const navigate = useNavigate();
  const pagePath = usePagePath();
  const { hash } = useLocation();
  const answers = useAnswersStore((state) => state.answers);
  const setAnswer = useAnswersStore((state) => state.setAnswer);
  const visitSection = useAnswersStore((state) => state.visitSection);
  const [missingIds, setMissingIds] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const summary = useRef<HTMLDivElement>(null);

  const flow = useMemo(() => questionnaireFlow(questionnaire, answers), [questionnaire, answers]);
  const index = flow.findIndex((shown) => shown.section.id === sectionId);
  const shown = flow[index];
  useDocumentTitle(shown ? t(shown.section.title) : '');

  useEffect(() => {
    visitSection(sectionId);
  }, [sectionId, visitSection]);

  // Arriving from "Change" on the review page: the link names the question to put the keyboard on.
  useEffect(() => {
    if (hash.startsWith('#question-')) focusQuestion(hash.slice('#question-'.length));
  }, [hash]);

  if (!shown) return <Navigate to={pagePath('/review')} replace />;

  const previous = flow[index - 1];
  const next = flow[index + 1];
  const backPath = previous ? `/questions/${previous.section.id}` : '/';
  const nextPath = next ? `/questions/${next.section.id}` : '/review';
  const progress = flowProgress(flow, answers);
  const stillMissing = shown.questions.filter(
    (question) => missingIds.includes(question.id) && !isAnswered(answers, question.id),
  );

  const onChange = (change: AnswerChange) => {
    setAnswer(change.question.id, change.value);
    const nextAnswers = withAnswer(answers, change.question.id, change.value);
    const after = questionnaireFlow(questionnaire, nextAnswers).find(
      (candidate) => candidate.section.id === sectionId,
    );
    setAnnouncement(describeChange(t, change, shown.questions, after?.questions ?? []));
  };

  const goNext = () => {
    const unanswered = shown.questions.filter((question) => !isAnswered(answers, question.id));
    if (unanswered.length === 0) {
      void navigate(pagePath(nextPath));
      return;
    }
    // Render the summary now, then move focus to it so it is read out and the list is one Tab away.
    flushSync(() => {
      setMissingIds(unanswered.map((question) => question.id));
    });
    summary.current?.focus();
  };

  const unansweredText = t(
    format.plural(stillMissing.length, {
      one: messages.unansweredOne,
      other: messages.unansweredOther,
    }),
    { count: format.number(stillMissing.length) },
  );

  return (
    <>
      <p className={styles.eyebrow}>
        {t(messages.sectionOf, {
          current: format.number(index + 1),
          total: format.number(flow.length),
        })}
      </p>
      <h1 className={styles.title}>{t(shown.section.title)}</h1>
      <p className={styles.intro}>{t(shown.section.intro)}</p>
      <div className={styles.progress}>
        <span id="answered-progress">
          {t(messages.answered, {
            answered: format.number(progress.answered),
            total: format.number(progress.total),
          })}
        </span>
        <progress
          className={styles.bar}
          value={progress.answered}
          max={progress.total}
          aria-labelledby="answered-progress"
        />
      </div>

      {stillMissing.length > 0 && (
        <div ref={summary} className={styles.summary} role="alert" tabIndex={-1}>
          <p>{unansweredText}</p>
          <ul>
            {stillMissing.map((question) => (
              <li key={question.id}>
                <a
                  href={`#question-${question.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusQuestion(question.id);
                  }}
                >
                  {t(question.title)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          goNext();
        }}
      >
        {shown.questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            number={questionNumber(flow, question.id)}
            total={progress.total}
            value={answers[question.id]}
            missing={stillMissing.includes(question)}
            onChange={onChange}
          />
        ))}
        <div className={styles.actions}>
          <PageLink to={backPath} className={buttons.quiet}>
            {t(messages.back)}
          </PageLink>
          <div className={styles.forward}>
            <PageLink to={nextPath} className={buttons.secondary}>
              {t(messages.skip)}
            </PageLink>
            <button type="submit" className={buttons.primary}>
              {t(next ? messages.next : messages.toReview)}
            </button>
          </div>
        </div>
      </form>
      <LiveRegion message={announcement} />
    </>
  );
}
