import type { FailureCheck } from './advice';
import type { Answers } from './answers';
import { evaluateCondition, type ConditionScope } from './condition';
import type { ContentIndex } from './content-index';
import type { Practice } from './guidance-schema';

/**
 * The design-for-failure checklist: each practice that applies to the team is built in when a pick gives it by default, to
 * configure when a pick offers it but someone must switch it on, or a gap. When the team's targets
 * (availability, data loss, recovery time) ask more than defaults give, built in becomes to configure.
 */
export function failureChecklist(
  answers: Answers,
  scope: ConditionScope,
  practices: readonly Practice[],
  index: ContentIndex,
): FailureCheck[] {
  // The scope's picks are every service of the stack, in stack order.
  const services = scope.picked;
  return practices.flatMap((practice) => {
    if (practice.when && !evaluateCondition(practice.when, answers, scope)) return [];
    const covers = index.coverByPractice.get(practice.id);
    const coveredBy: FailureCheck['coveredBy'] = [];
    for (const id of services) {
      const cover = covers?.get(id);
      if (cover) coveredBy.push(cover);
    }
    const escalation =
      practice.escalateWhen && evaluateCondition(practice.escalateWhen, answers, scope);
    // Object literals rather than spreads: spreads with extra keys are slow on Node 20's V8 and
    // this runs five times per call.
    const [status, advice, matched]: [
      FailureCheck['status'],
      FailureCheck['advice'],
      FailureCheck['matched'],
    ] =
      coveredBy.length === 0
        ? ['gap', practice.gapAdvice, escalation ?? []]
        : escalation
          ? ['to-configure', practice.escalateNote ?? null, escalation]
          : [
              coveredBy.some((cover) => cover.support === 'built-in') ? 'built-in' : 'to-configure',
              null,
              [],
            ];
    return [{ practice: practice.id, title: practice.title, status, coveredBy, advice, matched }];
  });
}
