import type { StackEntry } from '../../../domain/advice';
import type { MoneyRange } from '../../../domain/cost/estimate-cost';
import { formatUsd } from '../../../domain/cost/format-usd';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { InPageLink } from '../in-page-link';
import { messages } from '../messages';
import { slotCardId } from '../results-sections';
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
  const changed = stack.filter((entry) => changes?.changed.has(entry.slot));
  const removed = changes?.removed ?? [];
  const titles = (entries: readonly StackEntry[]) =>
    format.list(entries.map((entry) => t(entry.title)));
  const sentences: string[] = [];
  if (changed.length > 0) {
    const forms = { one: messages.whatIfChangedOne, other: messages.whatIfChangedOther };
    sentences.push(
      t(format.plural(changed.length, forms), {
        count: changed.length,
        slots: titles(changed),
      }),
    );
  }
  if (removed.length > 0) {
    const forms = { one: messages.whatIfRemovedOne, other: messages.whatIfRemovedOther };
    sentences.push(
      t(format.plural(removed.length, forms), {
        count: removed.length,
        slots: titles(removed),
      }),
    );
  }
  if (changes?.previousCost)
    sentences.push(
      t(messages.whatIfCost, {
        low: formatUsd(cost.low),
        high: formatUsd(cost.high),
        wasLow: formatUsd(changes.previousCost.low),
        wasHigh: formatUsd(changes.previousCost.high),
      }),
    );
  if (changes && sentences.length === 0) sentences.push(t(messages.whatIfUnchanged));
  return (
    <div className={styles.status}>
      <p role="status" className={styles.statusText}>
        {sentences.join(' ')}
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
