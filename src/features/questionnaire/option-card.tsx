import { useId } from 'react';
import type { QuestionOption } from '../../domain/questionnaire-schema';
import { useLocalize } from '../../i18n/use-localize';
import styles from './option-card.module.css';

interface OptionCardProps {
  option: QuestionOption;
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * One option as a large card: a native radio or checkbox (so arrows, Space and screen readers work
 * as everywhere else), named by its short label and described by its examples.
 */
export function OptionCard({ option, type, name, checked, onChange }: OptionCardProps) {
  const t = useLocalize();
  const inputId = useId();
  const helpId = useId();
  return (
    <div className={styles.option}>
      <input
        id={inputId}
        className={styles.input}
        type={type}
        name={name}
        value={option.value}
        checked={checked}
        aria-describedby={option.help ? helpId : undefined}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={inputId} className={styles.label}>
        {t(option.label)}
      </label>
      {option.help && (
        <p id={helpId} className={styles.help}>
          {t(option.help)}
        </p>
      )}
    </div>
  );
}
