import { isQuestionShown, type Answers, type AnswerValue } from '../../../domain/answers';
import type { ResultsContent } from '../../../domain/results-content';
import { useLocalize } from '../../../i18n/use-localize';
import { AnswerControl } from './answer-control';
import styles from './what-if-panel.module.css';
import { messages } from '../messages';
import type { Adviser } from './use-what-if-advice';

interface WhatIfPanelProps {
  /** The answers the engine sees (hidden questions dropped), so controls match the advice. */
  answers: Answers;
  content: ResultsContent;
  /** Whether the answers can change yet (an example's page loads the engine after it shows). */
  status: Adviser['whatIf'];
  onAnswerChange: (questionId: string, value: AnswerValue | undefined) => void;
}

/** Every question still asked, grouped by section, editable in place. */
export function WhatIfPanel({ answers, content, status, onAnswerChange }: WhatIfPanelProps) {
  const t = useLocalize();
  return (
    <>
      <p className={styles.intro}>{t(messages.whatIfIntro)}</p>
      {status === 'ready' ? (
        content.questionnaire.sections.map((section) => {
          const questions = section.questions.filter((question) =>
            isQuestionShown(question, answers),
          );
          if (questions.length === 0) return null;
          return (
            <div key={section.id} className={styles.group}>
              <h3 className={styles.groupTitle}>{t(section.title)}</h3>
              {questions.map((question) => (
                <AnswerControl
                  key={question.id}
                  question={question}
                  value={answers[question.id]}
                  onChange={onAnswerChange}
                />
              ))}
            </div>
          );
        })
      ) : (
        <p role="status" className={styles.intro}>
          {t(status === 'loading' ? messages.whatIfLoading : messages.whatIfUnavailable)}
        </p>
      )}
    </>
  );
}
