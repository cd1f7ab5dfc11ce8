import { useState } from 'react';
import type { StackEntry } from '../../domain/advice';
import { diffStacks, type StackChanges } from './stack-changes';

/**
 * What the latest answer change did to the stack, or null before any change. The previous stack
 * is kept in state and compared during render (React's "storing information from previous
 * renders" pattern), so the highlight appears in the same paint as the new advice.
 */
export function useStackChanges(stack: readonly StackEntry[]): StackChanges | null {
  const [tracked, setTracked] = useState<{
    stack: readonly StackEntry[];
    changes: StackChanges | null;
  }>({ stack, changes: null });
  if (tracked.stack !== stack) {
    setTracked({ stack, changes: diffStacks(tracked.stack, stack) });
  }
  return tracked.changes;
}
