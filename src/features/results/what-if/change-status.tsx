import type { StackEntry } from '../../../domain/advice';
import type { MoneyRange } from '../../../domain/cost/estimate-cost';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { InPageLink } from '../in-page-link';
import { messages } from '../messages';
import { slotCardId } from '../results-sections';
import { useChangeSentences } from './change-sentences';
import type { StackChanges } from './stack-changes';
import styles from './what-if-panel.module.css';

interface ChangeStatusProps {
  changes: StackChanges | null;
  stack: readonly StackEntry[];
  cost: MoneyRange;
}

/**
 * Says what the last answer change did. The sentence sits in a live region that is always in the
 * page, so screen readers announce each update; links to the changed cards follow it.
 */
export function ChangeStatus({ changes, stack, cost }: ChangeStatusProps) {
  const t = useLocalize();
  const format = useFormat();
  const sentences = useChangeSentences(changes, stack, cost);
  const changed = stack.filter((entry) => changes?.changed.has(entry.slot));
  return (
    <div className={styles.status}>
      <p role="status" className={styles.statusText}>
        {format.sentences(sentences)}
      </p>
      {changed.length > 0 ? (
        <nav aria-label={t(messages.whatIfJump)}>
          <ul className={styles.jumpLinks}>
            {changed.map((entry) => (
              <li key={entry.slot}>
                <InPageLink target={slotCardId(entry.slot)}>{t(entry.title)}</InPageLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
