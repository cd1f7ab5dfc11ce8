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
  | { q: string; includes: string }
  | { fact: string }
  | { picked: string };

/**
 * What a condition can see besides the answers: the facts that hold (each with the answers that
 * made it hold) and the services already in the stack. Display conditions see answers only.
 */
export interface ConditionScope {
  facts: ReadonlyMap<string, readonly MatchedAnswer[]>;
  picked: ReadonlySet<string>;
}

const answersOnly: ConditionScope = { facts: new Map(), picked: new Set() };

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
  scope: ConditionScope = answersOnly,
): readonly MatchedAnswer[] | undefined {
  if ('all' in condition) {
    const matched: MatchedAnswer[] = [];
    for (const part of condition.all) {
      const result = evaluateCondition(part, answers, scope);
      if (!result) return undefined;
      for (const match of result) matched.push(match);
    }
    return matched;
  }
  if ('any' in condition) {
    for (const part of condition.any) {
      const result = evaluateCondition(part, answers, scope);
      if (result) return result;
    }
    return undefined;
  }
  if ('not' in condition) {
    return evaluateCondition(condition.not, answers, scope) ? undefined : [];
  }
  if ('fact' in condition) return scope.facts.get(condition.fact);
  if ('picked' in condition) return scope.picked.has(condition.picked) ? [] : undefined;
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

/** What a condition names, for cross-reference checks against the questionnaire, facts and stack. */
export interface ConditionReferences {
  answers: MatchedAnswer[];
  facts: string[];
  picked: string[];
}

/** Every (question, value) pair, fact and picked service a condition mentions. */
export function conditionReferences(condition: Condition): ConditionReferences {
  const found: ConditionReferences = { answers: [], facts: [], picked: [] };
  collectReferences(condition, found);
  return found;
}

function collectReferences(condition: Condition, found: ConditionReferences): void {
  if ('all' in condition) for (const part of condition.all) collectReferences(part, found);
  else if ('any' in condition) for (const part of condition.any) collectReferences(part, found);
  else if ('not' in condition) collectReferences(condition.not, found);
  else if ('fact' in condition) found.facts.push(condition.fact);
  else if ('picked' in condition) found.picked.push(condition.picked);
  else found.answers.push(...answerReferences(condition));
}

function answerReferences(condition: Extract<Condition, { q: string }>): MatchedAnswer[] {
  if ('equals' in condition) return [{ question: condition.q, value: condition.equals }];
  if ('in' in condition) return condition.in.map((value) => ({ question: condition.q, value }));
  return [{ question: condition.q, value: condition.includes }];
}
