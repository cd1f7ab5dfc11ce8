import type { Advice, Decision, StackEntry } from './advice';
import type { Text } from './localized-text';
import type { SlotOnResults } from './results-content';

/** A decision on this week's list: the door it is, what to choose and whether the team is stuck. */
export type PlannedDecision = Pick<Decision, 'id' | 'title' | 'choice' | 'door' | 'deliberating'>;

/** A service the answers do not call for yet, and what would make it worth adding. */
export interface DeferredService {
  slot: string;
  service: string;
  when: Text;
}

/**
 * What to do this week, in order: the talk's advice turned into a checklist.
 * - `decideToday`: two-way doors to decide today (trying one is cheaper than discussing it);
 * - `timeBoxed`: decisions worth longer (every one-way door, with the trick that keeps it open,
 *   and two-way doors that need a spike), the ones the team is stuck on first;
 * - `switchOn`: the baseline services, enabled on day one;
 * - `budgetAlarm`: the services that raise the alarm, the monthly amount to alert at (null when
 *   nothing is priced), and the budget slot's members the answers added (a Savings Plan), each
 *   with why;
 * - `deferred`: baseline and budget services not needed yet, each with the trigger that adds it.
 */
export interface ActionPlan {
  decideToday: PlannedDecision[];
  timeBoxed: PlannedDecision[];
  switchOn: string[];
  budgetAlarm: {
    services: string[];
    monthlyUsd: number | null;
    added: { service: string; why: Text }[];
  } | null;
  deferred: DeferredService[];
}

/**
 * The amount to set a monthly budget alert at: the top of the estimate, rounded up to a figure a
 * person types into AWS Budgets ($10 steps below $1,000, $100 steps above).
 */
export function budgetAlarmUsd(monthlyHigh: number): number | null {
  if (monthlyHigh <= 0) return null;
  const step = monthlyHigh < 1000 ? 10 : 100;
  return Math.ceil(monthlyHigh / step) * step;
}

function plannedDecision({ id, title, choice, door, deliberating }: Decision): PlannedDecision {
  return { id, title, choice, door, deliberating };
}

/**
 * The budget slot's members split by content: those it always includes raise the alarm; those an
 * answer added (`includeWhen`) are a step of their own, said with the reason they joined.
 */
function budgetAlarm(
  entries: readonly StackEntry[],
  slots: readonly SlotOnResults[],
  monthlyHigh: number,
): ActionPlan['budgetAlarm'] {
  if (entries.length === 0) return null;
  const conditional = new Set(
    slots.flatMap((slot) =>
      slot.candidates.filter((candidate) => candidate.includeWhen).map((c) => c.service),
    ),
  );
  const members = entries.flatMap((entry) => entry.members);
  return {
    services: members.filter((member) => !conditional.has(member.service)).map((m) => m.service),
    monthlyUsd: budgetAlarmUsd(monthlyHigh),
    added: members.flatMap((member) => {
      // The reason that cites the answers is the one that added it; the others say what it is.
      const why = (member.reasons.find((reason) => reason.matched.length > 0) ?? member.reasons[0])
        ?.text;
      return conditional.has(member.service) && why ? [{ service: member.service, why }] : [];
    }),
  };
}

/** Stuck decisions first, then the engine's order (which is stable). */
function stuckFirst(decisions: readonly Decision[]): Decision[] {
  return [
    ...decisions.filter((decision) => decision.deliberating),
    ...decisions.filter((decision) => !decision.deliberating),
  ];
}

/**
 * The action plan for the advice. Pure: the same advice and content give the same plan. Which
 * slots are the baseline and the budget is content's call (`actionPlan` on a slot), so a mentor
 * can move a bundle between "decide" and "switch on" without touching code.
 */
export function actionPlan(
  advice: Advice,
  content: { slots: readonly SlotOnResults[] },
): ActionPlan {
  const roles = new Map(content.slots.map((slot) => [slot.id, slot.actionPlan]));
  const planned = advice.stack.filter((entry) => roles.get(entry.slot) !== undefined);
  const plannedSlots = new Set(planned.map((entry) => entry.slot));
  const doors = stuckFirst(
    advice.decisions.filter(
      (decision) => decision.slot === null || !plannedSlots.has(decision.slot),
    ),
  );
  const budget = planned.filter((entry) => roles.get(entry.slot) === 'budget');
  return {
    decideToday: doors
      .filter(
        (decision) => decision.door.kind === 'two-way' && decision.door.timeBox === 'decide-today',
      )
      .map(plannedDecision),
    timeBoxed: doors
      .filter(
        (decision) => decision.door.kind === 'one-way' || decision.door.timeBox !== 'decide-today',
      )
      .map(plannedDecision),
    switchOn: [
      ...new Set(
        planned
          .filter((entry) => roles.get(entry.slot) === 'baseline')
          .flatMap((entry) => entry.services),
      ),
    ],
    budgetAlarm: budgetAlarm(
      budget,
      content.slots.filter((slot) => roles.get(slot.id) === 'budget'),
      advice.cost.monthly.high,
    ),
    deferred: planned.flatMap((entry) =>
      entry.alternatives
        .filter((alternative) => alternative.whyNot.kind === 'not-needed')
        .map((alternative) => ({
          slot: entry.slot,
          service: alternative.service,
          when: alternative.whyNot.text,
        })),
    ),
  };
}
