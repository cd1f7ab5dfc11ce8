import type { HeavyLiftingEntry, StackEntry } from './advice';
import type { Answers } from './answers';
import { answerListForRole } from './question-roles';
import type { QuestionnaireOutline } from './questionnaire-outline';
import { serviceById, type ContentIndex } from './content-index';
import { memoize } from './memoize';
import { isRecommendable } from './service-lifecycle';

const maxSuggestions = 3;

/** The services that would carry a chore, the same for every call: computed once per catalog. */
const suggestionsByChore = memoize((index: ContentIndex) => {
  const byChore = new Map<string, string[]>();
  for (const service of index.services.values()) {
    if (service.informational || !isRecommendable(service)) continue;
    for (const chore of service.removes) {
      const list = byChore.get(chore) ?? [];
      if (list.length < maxSuggestions) list.push(service.id);
      byChore.set(chore, list);
    }
  }
  return byChore;
}, new WeakMap<ContentIndex, Map<string, string[]>>());

function suggestionsFor(index: ContentIndex, chore: string): string[] {
  return [...(suggestionsByChore(index).get(chore) ?? [])];
}

/**
 * The heavy-lifting ledger: for each chore the team wants to stop doing, which pick in the stack
 * now carries it. A chore nobody carries is a gap, with the catalog services that would carry it.
 */
export function heavyLiftingLedger(
  answers: Answers,
  stack: readonly StackEntry[],
  questionnaire: QuestionnaireOutline,
  index: ContentIndex,
): HeavyLiftingEntry[] {
  const chores = answerListForRole(answers, questionnaire, 'offload');
  if (chores.length === 0) return [];
  // One pass over the stack, not one per chore: this runs on every advise() call.
  const carriers = new Map<string, HeavyLiftingEntry['absorbedBy']>();
  for (const entry of stack) {
    for (const service of entry.services) {
      for (const chore of serviceById(index, service).removes) {
        const list = carriers.get(chore);
        const carrier = { slot: entry.slot, service };
        if (list) list.push(carrier);
        else carriers.set(chore, [carrier]);
      }
    }
  }
  return chores.map((chore) => {
    const absorbedBy = carriers.get(chore) ?? [];
    const suggestions = absorbedBy.length > 0 ? [] : suggestionsFor(index, chore);
    return { chore, absorbedBy, suggestions };
  });
}
