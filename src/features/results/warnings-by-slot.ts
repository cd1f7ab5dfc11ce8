import type { Warning } from '../../domain/advice';

export type WarningsBySlot = ReadonlyMap<string, readonly Warning[]>;

function sameWarnings(a: readonly Warning[], b: readonly Warning[]): boolean {
  return a.length === b.length && a.every((warning, i) => warning === b[i]);
}

/**
 * The warnings grouped by the slot they concern. A slot whose warnings are the same objects as in
 * `previous` keeps its previous array, so a memoised slot card skips a render when a "what if"
 * change added or removed a warning elsewhere.
 */
export function warningsBySlot(
  warnings: readonly Warning[],
  previous: WarningsBySlot,
): WarningsBySlot {
  const grouped = new Map<string, Warning[]>();
  for (const warning of warnings) {
    const list = grouped.get(warning.slot);
    if (list) list.push(warning);
    else grouped.set(warning.slot, [warning]);
  }
  return new Map(
    [...grouped].map(([slot, list]) => {
      const before = previous.get(slot);
      return [slot, before && sameWarnings(before, list) ? before : list];
    }),
  );
}
