import { useMemo } from 'react';
import type { Advice } from '../../../domain/advice';
import type { Answers } from '../../../domain/answers';
import { diffAdvice, type StackChanges } from './stack-changes';
import type { Adviser } from './use-what-if-advice';

/**
 * What a scenario does to the stack and its cost against the answers it starts from, all its
 * edits together (the page's status says what the last edit did). The baseline advice is derived
 * once per baseline, not per edit.
 */
export function useBaselineChanges(base: Answers, advice: Advice, adviser: Adviser): StackChanges {
  const baseline = useMemo(() => adviser.advise(base), [base, adviser]);
  return useMemo(() => diffAdvice(baseline, advice), [baseline, advice]);
}
