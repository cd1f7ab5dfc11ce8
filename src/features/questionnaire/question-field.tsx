import { useId } from 'react';
import type { AnswerValue } from '../../domain/answers';
import type { Question, QuestionOption } from '../../domain/questionnaire-schema';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { questionnaireMessages as messages } from './messages';
import { OptionCard } from './option-card';
import { toggleOption } from '../../domain/toggle-option';
import styles from './question-field.module.css';

export interface AnswerChange {
  question: Question;
  value: AnswerValue | undefined;
  chosen: QuestionOption;
  /** Options the change unticked on its own (an exclusive option and the others rule each other out). */
  cleared: QuestionOption[];
}

interface QuestionFieldProps {
  question: Question;
  number: number;
  total: number;
  value: AnswerValue | undefined;
  missing: boolean;
  onChange: (change: AnswerChange) => void;
}

/** One question: a radio group for single choice, a group of checkboxes for multi-choice. */
export function QuestionField({
  question,
  number,
  total,
  value,
  missing,
  onChange,
}: QuestionFieldProps) {
  const t = useLocalize();
  const format = useFormat();
  const legendId = useId();
  const helpId = useId();
  const hintId = useId();
  const errorId = useId();
  const single = question.kind === 'single';
  const chosen = typeof value === 'string' ? [value] : (value ?? []);
  const describedBy = [helpId, hintId, missing ? errorId : undefined].filter(Boolean).join(' ');

  return (
    <fieldset
      id={`question-${question.id}`}
      className={styles.field}
      role={single ? 'radiogroup' : undefined}
      aria-labelledby={legendId}
      aria-describedby={describedBy}
    >
      <legend id={legendId} className={styles.legend}>
        <span className={styles.number}>
          {t(messages.questionOf, { current: format.number(number), total: format.number(total) })}
        </span>{' '}
        {/* The space keeps "Question 3 of 21" and the title apart in the group's accessible name. */}
        <span className={styles.title}>{t(question.title)}</span>
      </legend>
      <p id={helpId} className={styles.help}>
        {t(question.help)}
      </p>
      <p id={hintId} className={styles.hint}>
        {t(single ? messages.chooseOne : messages.chooseAny)}
      </p>
      {missing && (
        <p id={errorId} className={styles.error}>
          {t(messages.needsAnswer)}
        </p>
      )}
      <div className={styles.options}>
        {question.options.map((option) => (
          <OptionCard
            key={option.value}
            option={option}
            type={single ? 'radio' : 'checkbox'}
            name={question.id}
            checked={chosen.includes(option.value)}
            onChange={(checked) => {
              if (single) {
                onChange({ question, value: option.value, chosen: option, cleared: [] });
                return;
              }
              const result = toggleOption(question, value, option, checked);
              onChange({ question, chosen: option, ...result });
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
