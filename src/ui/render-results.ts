import type { ReactNode } from 'react';
import type { Answers, AnswerValue } from '../domain/answers';

/** How a route hands the results page (and the catalog it needs) to a feature that shows it under a banner. */
export type RenderResults = (
  answers: Answers,
  onAnswerChange: (questionId: string, value: AnswerValue | undefined) => void,
) => ReactNode;
