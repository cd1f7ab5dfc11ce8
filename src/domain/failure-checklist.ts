import type { FailureCheck, StackEntry } from './advice';
import type { Answers } from './answers';
import { evaluateCondition } from './condition';
import { serviceById, type ContentIndex } from './content-index';
import type { Practice } from './guidance-schema';

/**
 * The design-for-failure checklist: each practice is built in when a pick gives it by default, to
 * configure when a pick offers it but someone must switch it on, or a gap. When the team's targets
 * (availability, data loss, recovery time) ask more than defaults give, built in becomes to configure.
 */
export function failureChecklist(
  answers: Answers,
  stack: readonly StackEntry[],
  practices: readonly Practice[],
  index: ContentIndex,
): FailureCheck[] {
  const services = [...new Set(stack.map((entry) => entry.service))].map((id) =>
    serviceById(index, id),
  );
  return practices.map((practice) => {
    const coveredBy = services.flatMap((service) => {
      const support = service.failure[practice.id];
      return support ? [{ service: service.id, support: support.support, note: support.note }] : [];
    });
    const escalation = practice.escalateWhen && evaluateCondition(practice.escalateWhen, answers);
    const base = { practice: practice.id, title: practice.title, coveredBy };
    if (coveredBy.length === 0) {
      return { ...base, status: 'gap', advice: practice.gapAdvice, matched: escalation ?? [] };
    }
    const builtIn = coveredBy.some((cover) => cover.support === 'built-in');
    if (escalation) {
      return {
        ...base,
        status: 'to-configure',
        advice: practice.escalateNote ?? null,
        matched: escalation,
      };
    }
    return { ...base, status: builtIn ? 'built-in' : 'to-configure', advice: null, matched: [] };
  });
}
