import { useState } from 'react';
import type { Answers, AnswerValue } from '../domain/answers';

type AnswerChange = (questionId: string, value: AnswerValue | undefined) => void;

/**
 * Answers that are looked at, not saved (a share link, a preset): "what if" edits change this copy
 * only, so the user's saved answers stay as they were until they choose to replace them.
 */
export function usePreviewAnswers(initial: Answers): [Answers, AnswerChange] {
  const [preview, setPreview] = useState(initial);
  const change: AnswerChange = (questionId, value) => {
    setPreview((current) => {
      const others = Object.fromEntries(
        Object.entries(current).filter(([id]) => id !== questionId),
      );
      return value === undefined || value.length === 0
        ? others
        : { ...others, [questionId]: value };
    });
  };
  return [preview, change];
}
