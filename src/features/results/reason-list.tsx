import type { Reason } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { AnswerChips } from './answer-chips';
import styles from './slot-card.module.css';

interface ReasonListProps {
  reasons: readonly Reason[];
  content: ResultsContent;
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
