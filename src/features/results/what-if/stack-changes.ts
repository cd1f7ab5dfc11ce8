import type { Advice, StackEntry } from '../../../domain/advice';
import type { MoneyRange } from '../../../domain/cost/estimate-cost';

/** How one slot moved: `previous` holds its services before, or is null when the slot is new. */
export interface SlotChange {
  previous: readonly string[] | null;
}

export interface StackChanges {
  /** Slots whose pick changed or that joined the stack, by slot id. */
  changed: ReadonlyMap<string, SlotChange>;
  /** Slots that left the stack, as they were. */
  removed: readonly StackEntry[];
  /** The monthly estimate before the change, when the change moved it. */
  previousCost: MoneyRange | null;
}

/** Compares two pieces of advice: what a "what if" answer changed in the stack and its cost. */
export function diffAdvice(before: Advice, after: Advice): StackChanges {
  const { monthly } = before.cost;
  const costMoved =
    monthly.low !== after.cost.monthly.low || monthly.high !== after.cost.monthly.high;
  return { ...diffStacks(before.stack, after.stack), previousCost: costMoved ? monthly : null };
}

function diffStacks(
  before: readonly StackEntry[],
  after: readonly StackEntry[],
): Omit<StackChanges, 'previousCost'> {
  const previous = new Map(before.map((entry) => [entry.slot, entry.services]));
  const changed = new Map<string, SlotChange>();
  for (const entry of after) {
    const was = previous.get(entry.slot);
    // A bundle changes when a member joins or leaves, not only when its headline does.
    if (was?.join() !== entry.services.join()) changed.set(entry.slot, { previous: was ?? null });
  }
  const kept = new Set(after.map((entry) => entry.slot));
  return { changed, removed: before.filter((entry) => !kept.has(entry.slot)) };
}
