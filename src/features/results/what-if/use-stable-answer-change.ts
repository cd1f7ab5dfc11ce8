import { useCallback, useInsertionEffect, useRef } from 'react';
import type { AnswerValue } from '../../../domain/answers';

type AnswerChange = (questionId: string, value: AnswerValue | undefined) => void;

/**
 * A change handler that keeps its identity across renders and always calls the latest
 * `onAnswerChange`, so the memoised answer controls do not re-render when a parent passes a new one.
 */
export function useStableAnswerChange(onAnswerChange: AnswerChange): AnswerChange {
  const latest = useRef(onAnswerChange);
  useInsertionEffect(() => {
    latest.current = onAnswerChange;
  });
  return useCallback<AnswerChange>((questionId, value) => {
    latest.current(questionId, value);
  }, []);
}
