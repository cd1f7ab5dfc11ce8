import type { StackEntry } from '../../domain/advice';

/** How one slot's pick moved: `previous` is null when the slot is new to the stack. */
export interface SlotChange {
  previous: string | null;
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
  const previous = new Map(before.map((entry) => [entry.slot, entry.service]));
  const changed = new Map<string, SlotChange>();
  for (const entry of after) {
    const was = previous.get(entry.slot);
    if (was !== entry.service) changed.set(entry.slot, { previous: was ?? null });
  }
  const kept = new Set(after.map((entry) => entry.slot));
  return { changed, removed: before.filter((entry) => !kept.has(entry.slot)) };
}
