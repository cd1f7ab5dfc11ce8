import { memo, useId } from 'react';
import type { AnswerValue } from '../../../domain/answers';
import type { QuestionOnResults } from '../../../domain/results-content';
import { useLocalize } from '../../../i18n/use-localize';
import { messages } from '../messages';
import styles from './what-if-panel.module.css';
import { toggleOption } from '../../../domain/toggle-option';

interface AnswerControlProps {
  question: QuestionOnResults;
  value: AnswerValue | undefined;
  onChange: (questionId: string, value: AnswerValue | undefined) => void;
}

/** A compact control for one answer: a select for single choice, checkboxes for multi choice. */
export const AnswerControl = memo(function AnswerControl({
  question,
  value,
  onChange,
}: AnswerControlProps) {
  const t = useLocalize();
  const id = useId();
  if (question.kind === 'single') {
    return (
      <div className={styles.control}>
        <label htmlFor={id} className={styles.label}>
          {t(question.title)}
        </label>
        <select
          id={id}
          className={styles.select}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => {
            onChange(question.id, event.target.value || undefined);
          }}
        >
          <option value="">{t(messages.whatIfNotAnswered)}</option>
          {question.options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const selected = typeof value === 'string' || value === undefined ? [] : value;
  return (
    <fieldset className={styles.control}>
      <legend className={styles.label}>{t(question.title)}</legend>
      <div className={styles.checkboxes}>
        {question.options.map((option) => (
          <label key={option.value} className={styles.checkbox}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => {
                onChange(
                  question.id,
                  toggleOption(question, selected, option, event.target.checked).value,
                );
              }}
            />{' '}
            {t(option.label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
});
