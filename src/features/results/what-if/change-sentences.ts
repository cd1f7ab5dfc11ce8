import type { StackEntry } from '../../../domain/advice';
import type { MoneyRange } from '../../../domain/cost/estimate-cost';
import { formatUsd } from '../../../domain/cost/format-usd';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { messages } from '../messages';
import type { StackChanges } from './stack-changes';

/**
 * What a change of answers did to the stack and its cost, as sentences in the UI language: the
 * picks that changed or joined, the parts no longer needed, the new monthly estimate, or that
 * nothing changed. None before any change (`changes` null). `stack` and `cost` are the advice after.
 */
export function useChangeSentences(
  changes: StackChanges | null,
  stack: readonly StackEntry[],
  cost: MoneyRange,
): string[] {
  const t = useLocalize();
  const format = useFormat();
  if (!changes) return [];
  const changed = stack.filter((entry) => changes.changed.has(entry.slot));
  const titles = (entries: readonly StackEntry[]) =>
    format.list(entries.map((entry) => t(entry.title)));
  const sentences: string[] = [];
  if (changed.length > 0) {
    const forms = { one: messages.whatIfChangedOne, other: messages.whatIfChangedOther };
    sentences.push(
      t(format.plural(changed.length, forms), { count: changed.length, slots: titles(changed) }),
    );
  }
  const { removed } = changes;
  if (removed.length > 0) {
    const forms = { one: messages.whatIfRemovedOne, other: messages.whatIfRemovedOther };
    sentences.push(
      t(format.plural(removed.length, forms), { count: removed.length, slots: titles(removed) }),
    );
  }
  if (changes.previousCost)
    sentences.push(
      t(messages.whatIfCost, {
        low: formatUsd(cost.low),
        high: formatUsd(cost.high),
        wasLow: formatUsd(changes.previousCost.low),
        wasHigh: formatUsd(changes.previousCost.high),
      }),
    );
  if (sentences.length === 0) sentences.push(t(messages.whatIfUnchanged));
  return sentences;
}
