import type { HeavyLiftingEntry, StackEntry } from './advice';
import { answerList, type Answers } from './answers';
import { serviceById, type ContentIndex } from './content-index';
import { isRecommendable } from './service-lifecycle';

const maxSuggestions = 3;

/**
 * The heavy-lifting ledger: for each chore the team wants to stop doing, which pick in the stack
 * now carries it. A chore nobody carries is a gap, with the catalog services that would carry it.
 */
export function heavyLiftingLedger(
  answers: Answers,
  stack: readonly StackEntry[],
  index: ContentIndex,
): HeavyLiftingEntry[] {
  return answerList(answers, 'offload').map((chore) => {
    const absorbedBy = stack
      .filter((entry) => serviceById(index, entry.service).removes.includes(chore))
      .map((entry) => ({ slot: entry.slot, service: entry.service }));
    const suggestions =
      absorbedBy.length > 0
        ? []
        : [...index.services.values()]
            .filter((s) => !s.informational && isRecommendable(s) && s.removes.includes(chore))
            .slice(0, maxSuggestions)
            .map((service) => service.id);
    return { chore, absorbedBy, suggestions };
  });
}
