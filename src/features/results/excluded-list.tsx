import type { StackEntry } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { serviceName } from '../../domain/content-lookup';
import { ReasonList } from './reason-list';
import styles from './slot-card.module.css';

interface ExcludedListProps {
  excluded: StackEntry['excluded'];
  content: ResultsContent;
}

/** Candidates a rule ruled out, with the rule that did it (an exclusion scores null). */
export function ExcludedList({ excluded, content }: ExcludedListProps) {
  return (
    <ul className={styles.alternatives}>
      {excluded.map((entry) => (
        <li key={entry.service}>
          <strong>{serviceName(content, entry.service)}</strong>
          <ReasonList
            reasons={entry.reasons.filter((reason) => reason.score === null)}
            content={content}
          />
        </li>
      ))}
    </ul>
  );
}
