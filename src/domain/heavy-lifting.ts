import type { HeavyLiftingEntry, StackEntry } from './advice';
import type { Answers } from './answers';
import { answerListForRole } from './question-roles';
import type { QuestionnaireOutline } from './questionnaire-outline';
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
  questionnaire: QuestionnaireOutline,
  index: ContentIndex,
): HeavyLiftingEntry[] {
  return answerListForRole(answers, questionnaire, 'offload').map((chore) => {
    const absorbedBy = stack.flatMap((entry) =>
      entry.services
        .filter((service) => serviceById(index, service).removes.includes(chore))
        .map((service) => ({ slot: entry.slot, service })),
    );
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
