import type { StackEntry } from '../../domain/advice';

/** How one slot moved: `previous` holds its services before, or is null when the slot is new. */
export interface SlotChange {
  previous: readonly string[] | null;
}

export interface StackChanges {
  /** Slots whose pick changed or that joined the stack, by slot id. */
  changed: ReadonlyMap<string, SlotChange>;
  /** Slots that left the stack, as they were. */
  removed: readonly StackEntry[];
}

/** Compares two stacks slot by slot: what a "what if" answer changed. */
export function diffStacks(
  before: readonly StackEntry[],
  after: readonly StackEntry[],
): StackChanges {
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
