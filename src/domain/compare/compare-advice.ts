import {
  warningKey,
  type Advice,
  type Decision,
  type FailureStatus,
  type Warning,
} from '../advice';
import type { Content } from '../content';
import type { MoneyRange } from '../cost/estimate-cost';
import type { FailurePractice } from '../failure-practices';
import type { Text } from '../localized-text';
import type { Door } from '../stack-schema';

export interface SlotComparison {
  slot: string;
  title: Text;
  /** The services on each side (a bundle has several); null where that side lacks the slot. */
  left: readonly string[] | null;
  right: readonly string[] | null;
  changed: boolean;
}

export interface DecisionComparison {
  id: string;
  title: Text;
  /** Each side's door and pick (null for a decision that is not a service pick); null where absent. */
  left: { door: Door; choice: string | null } | null;
  right: { door: Door; choice: string | null } | null;
  /** The kind of door or its time-box differs, or one side lacks the decision. */
  doorChanged: boolean;
  choiceChanged: boolean;
}

export interface FailureComparison {
  practice: FailurePractice;
  title: Text;
  left: FailureStatus;
  right: FailureStatus;
  changed: boolean;
}

/** Each side's monthly estimate and floor at zero traffic. */
export interface CostComparison {
  left: { monthly: MoneyRange; floor: number };
  right: { monthly: MoneyRange; floor: number };
  changed: boolean;
}

export interface AdviceComparison {
  slots: SlotComparison[];
  cost: CostComparison;
  decisions: DecisionComparison[];
  failure: FailureComparison[];
  /** Warnings only the right side has, and those only the left side has. */
  warnings: { added: Warning[]; removed: Warning[] };
}

function decisionSide(decision: Decision | undefined) {
  return decision ? { door: decision.door, choice: decision.choice } : null;
}

function sameDoor(a: Door, b: Door): boolean {
  return a.kind === b.kind && a.timeBox === b.timeBox;
}

/**
 * What changes between two pieces of advice (a preset against my answers, or my team now against
 * one stage later): per slot the two picks, per decision the doors and picks, per failure practice
 * the statuses, and the warnings added and removed. Slots are the union of both stacks in the
 * content's slot order; decisions follow the left side's order, then those only the right has.
 */
export function compareAdvice(
  left: Advice,
  right: Advice,
  content: Pick<Content, 'slots'>,
): AdviceComparison {
  const leftSlots = new Map(left.stack.map((entry) => [entry.slot, entry]));
  const rightSlots = new Map(right.stack.map((entry) => [entry.slot, entry]));
  const slots = content.slots.flatMap((slot): SlotComparison[] => {
    const l = leftSlots.get(slot.id);
    const r = rightSlots.get(slot.id);
    const entry = l ?? r;
    if (!entry) return [];
    const leftServices = l?.services ?? null;
    const rightServices = r?.services ?? null;
    return [
      {
        slot: slot.id,
        title: entry.title,
        left: leftServices,
        right: rightServices,
        changed: leftServices?.join() !== rightServices?.join(),
      },
    ];
  });

  const leftDecisions = new Map(left.decisions.map((d) => [d.id, d]));
  const rightDecisions = new Map(right.decisions.map((d) => [d.id, d]));
  const decisions = [
    ...left.decisions,
    ...right.decisions.filter((decision) => !leftDecisions.has(decision.id)),
  ].map((decision): DecisionComparison => {
    const l = decisionSide(leftDecisions.get(decision.id));
    const r = decisionSide(rightDecisions.get(decision.id));
    return {
      id: decision.id,
      title: decision.title,
      left: l,
      right: r,
      doorChanged: !l || !r || !sameDoor(l.door, r.door),
      choiceChanged: l?.choice !== r?.choice,
    };
  });

  const rightFailure = new Map(right.failure.map((check) => [check.practice, check]));
  const failure = left.failure.flatMap((check): FailureComparison[] => {
    const other = rightFailure.get(check.practice);
    if (!other) return [];
    return [
      {
        practice: check.practice,
        title: check.title,
        left: check.status,
        right: other.status,
        changed: check.status !== other.status,
      },
    ];
  });

  const leftWarnings = new Set(left.warnings.map(warningKey));
  const rightWarnings = new Set(right.warnings.map(warningKey));
  const costSide = (advice: Advice) => ({
    monthly: advice.cost.monthly,
    floor: advice.cost.floor,
  });
  const cost: CostComparison = {
    left: costSide(left),
    right: costSide(right),
    changed: JSON.stringify(costSide(left)) !== JSON.stringify(costSide(right)),
  };
  return {
    slots,
    cost,
    decisions,
    failure,
    warnings: {
      added: right.warnings.filter((warning) => !leftWarnings.has(warningKey(warning))),
      removed: left.warnings.filter((warning) => !rightWarnings.has(warningKey(warning))),
    },
  };
}
