import type { Answers, AnswerValue } from './answers';

/**
 * The condition language of display conditions and rules: a tree of all/any/not over three leaf tests.
 * It is data, not a string expression, so zod validates it (`condition-schema.ts`) and no parser is
 * needed. This file holds only the runtime, so the browser evaluates conditions without loading zod.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { q: string; equals: string }
  | { q: string; in: string[] }
  | { q: string; includes: string };

/** One answer a condition relied on: `value` is what the team answered for `question`. */
export interface MatchedAnswer {
  question: string;
  value: string;
}

/**
 * Evaluates a condition. When it holds, `matched` lists the answers that made it hold, so every
 * recommendation can name its cause. Unanswered questions never satisfy a leaf test.
 */
export function evaluateCondition(
  condition: Condition,
  answers: Answers,
): MatchedAnswer[] | undefined {
  if ('all' in condition) {
    const matched: MatchedAnswer[] = [];
    for (const part of condition.all) {
      const result = evaluateCondition(part, answers);
      if (!result) return undefined;
      for (const match of result) matched.push(match);
    }
    return matched;
  }
  if ('any' in condition) {
    for (const part of condition.any) {
      const result = evaluateCondition(part, answers);
      if (result) return result;
    }
    return undefined;
  }
  if ('not' in condition) {
    return evaluateCondition(condition.not, answers) ? undefined : [];
  }
  const answer: AnswerValue | undefined = answers[condition.q];
  if (answer === undefined) return undefined;
  if ('equals' in condition) {
    return answer === condition.equals
      ? [{ question: condition.q, value: condition.equals }]
      : undefined;
  }
  if ('in' in condition) {
    return typeof answer === 'string' && condition.in.includes(answer)
      ? [{ question: condition.q, value: answer }]
      : undefined;
  }
  return Array.isArray(answer) && answer.includes(condition.includes)
    ? [{ question: condition.q, value: condition.includes }]
    : undefined;
}

/** Every (question, value) pair a condition mentions, for cross-reference checks against the questionnaire. */
export function conditionReferences(condition: Condition): MatchedAnswer[] {
  if ('all' in condition) return condition.all.flatMap(conditionReferences);
  if ('any' in condition) return condition.any.flatMap(conditionReferences);
  if ('not' in condition) return conditionReferences(condition.not);
  if ('equals' in condition) return [{ question: condition.q, value: condition.equals }];
  if ('in' in condition) return condition.in.map((value) => ({ question: condition.q, value }));
  return [{ question: condition.q, value: condition.includes }];
}
