import type { Reason } from '../../domain/advice';
import type { Content } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import { AnswerChips } from './answer-chips';
import styles from './slot-card.module.css';

interface ReasonListProps {
  reasons: readonly Reason[];
  content: Content;
}

/** Each reason in words, with the answers that made it fire. */
export function ReasonList({ reasons, content }: ReasonListProps) {
  const t = useLocalize();
  return (
    <ul className={styles.reasons}>
      {reasons.map((reason, i) => (
        <li key={reason.rule ?? `default-${i}`}>
          {t(reason.text)}
          <AnswerChips answers={reason.matched} content={content} />
        </li>
      ))}
    </ul>
  );
}
