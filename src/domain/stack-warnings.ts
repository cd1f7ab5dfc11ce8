import type { StackEntry, Warning } from './advice';
import type { Answers } from './answers';
import { serviceById, type ContentIndex } from './content-index';
import type { RankedSlot } from './rank-slot';

/**
 * What the team should know before acting: a capability whose usual service AWS no longer sells
 * (and what replaces it), and a pick with a fixed monthly floor while the team lives on credits.
 */
export function stackWarnings(
  answers: Answers,
  ranked: readonly RankedSlot[],
  index: ContentIndex,
): Warning[] {
  const warnings: Warning[] = [];
  for (const { entry, outrankedUnavailable } of ranked) {
    for (const id of outrankedUnavailable) {
      const { lifecycle } = serviceById(index, id);
      if (lifecycle.status === 'ga' || lifecycle.status === 'renamed') continue;
      // A service in maintenance is told as what it is heading for: the end of support on its
      // announced end-of-life date (the note says it is in maintenance until then).
      const maintenance = lifecycle.status === 'maintenance';
      warnings.push({
        kind: 'service-unavailable',
        slot: entry.slot,
        service: id,
        status: maintenance ? 'end-of-support' : lifecycle.status,
        date: (maintenance ? lifecycle.endOfLife : lifecycle.date) ?? null,
        successor: lifecycle.successor ?? null,
        text: lifecycle.successorNote,
      });
    }
  }
  if (answers['budget'] === 'credits')
    warnings.push(
      ...fixedCostWarnings(
        ranked.map((r) => r.entry),
        index,
      ),
    );
  return warnings;
}

function fixedCostWarnings(stack: readonly StackEntry[], index: ContentIndex): Warning[] {
  return stack.flatMap((entry) => {
    const { pricing } = serviceById(index, entry.service);
    const hasFloor = pricing.models.some(
      (model) => model === 'fixed-monthly' || model === 'minimum-charge',
    );
    return hasFloor
      ? [
          {
            kind: 'fixed-cost-on-credits' as const,
            slot: entry.slot,
            service: entry.service,
            text: pricing.summary,
          },
        ]
      : [];
  });
}
