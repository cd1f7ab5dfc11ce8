import { useState } from 'react';
import { withAnswer, type Answers, type AnswerValue } from '../domain/answers';

type AnswerChange = (questionId: string, value: AnswerValue | undefined) => void;

/**
 * Answers that are looked at, not saved (a share link, a preset): "what if" edits change this copy
 * only, so the user's saved answers stay as they were until they choose to replace them. `initial`
 * may be a function, read on the first render only, as `useState` takes it.
 */
export function usePreviewAnswers(initial: Answers | (() => Answers)): [Answers, AnswerChange] {
  const [preview, setPreview] = useState(initial);
  const change: AnswerChange = (questionId, value) => {
    setPreview((current) => withAnswer(current, questionId, value));
  };
  return [preview, change];
}
