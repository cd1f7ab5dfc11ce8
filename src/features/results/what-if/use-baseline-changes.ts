import { useMemo } from 'react';
import type { Advice } from '../../../domain/advice';
import { advise } from '../../../domain/advise';
import type { Answers } from '../../../domain/answers';
import type { Content } from '../../../domain/content';
import { diffAdvice, type StackChanges } from './stack-changes';

/**
 * What a scenario does to the stack and its cost against the answers it starts from, all its
 * edits together (the page's status says what the last edit did). The baseline advice is derived
 * once per baseline, not per edit.
 */
export function useBaselineChanges(base: Answers, advice: Advice, content: Content): StackChanges {
  const baseline = useMemo(() => advise(base, content), [base, content]);
  return useMemo(() => diffAdvice(baseline, advice), [baseline, advice]);
}
