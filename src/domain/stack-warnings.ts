import type { StackEntry, Warning } from './advice';
import type { Answers } from './answers';
import { evaluateCondition, type ConditionScope } from './condition';
import { serviceById, type ContentIndex } from './content-index';
import type { Notices, Slot } from './stack-schema';

/**
 * What the team should know before acting: every service the talk named for one of their answers
 * that AWS has since closed or ended (with its successor), whatever the scores and only when an
 * answer calls for it; a pick that bills at zero traffic while the team lives on credits; a slot
 * that no candidate could fill.
 */
export function stackWarnings(
  answers: Answers,
  scope: ConditionScope,
  stack: readonly StackEntry[],
  unfilled: readonly Slot[],
  notices: Notices,
  index: ContentIndex,
): Warning[] {
  const warnings: Warning[] = [];
  for (const notice of notices.lifecycle) {
    if (!evaluateCondition(notice.when, answers, scope)) continue;
    const { lifecycle } = serviceById(index, notice.service);
    if (lifecycle.status === 'ga' || lifecycle.status === 'renamed') continue;
    // A service in maintenance is told as what it is heading for: the end of support on its
    // announced end-of-life date (the note says it is in maintenance until then).
    const maintenance = lifecycle.status === 'maintenance';
    warnings.push({
      kind: 'service-unavailable',
      slot: notice.slot,
      service: notice.service,
      status: maintenance ? 'end-of-support' : lifecycle.status,
      date: (maintenance ? lifecycle.endOfLife : lifecycle.date) ?? null,
      successor: lifecycle.successor ?? null,
      text: lifecycle.successorNote,
    });
  }
  if (evaluateCondition(notices.fixedCostWhen, answers, scope)) {
    for (const entry of stack) {
      for (const service of entry.services) {
        const { pricing } = serviceById(index, service);
        if (pricing.models.some((model) => model === 'fixed-monthly' || model === 'minimum-charge'))
          warnings.push({
            kind: 'fixed-cost-on-credits',
            slot: entry.slot,
            service,
            text: pricing.summary,
          });
      }
    }
  }
  for (const slot of unfilled) {
    warnings.push({
      kind: 'no-eligible-candidate',
      slot: slot.id,
      service: slot.candidates[0]?.service ?? '',
      text: notices.noFit,
    });
  }
  return warnings;
}
