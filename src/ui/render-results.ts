import type { ReactNode } from 'react';
import type { Answers, AnswerValue } from '../domain/answers';

/** How a route hands its lazily loaded results page to a feature that shows it under a banner. */
export type RenderResults = (
  answers: Answers,
  onAnswerChange: (questionId: string, value: AnswerValue | undefined) => void,
) => ReactNode;
