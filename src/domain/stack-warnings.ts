import type { Warning } from './advice';
import type { CostEstimate } from './cost/estimate-cost';
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
  cost: CostEstimate,
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
    // Priced, not tagged: a line warns when its own floor reaches the threshold, so a free tier or
    // a flat-rate plan never warns and a load balancer or an instance-billed store always does.
    for (const line of cost.lines) {
      if (line.floor < notices.fixedCostFloorUsd) continue;
      warnings.push({
        kind: 'fixed-cost-on-credits',
        slot: line.slot,
        service: line.service,
        text: serviceById(index, line.service).pricing.summary,
      });
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
