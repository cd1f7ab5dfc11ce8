import type { Answers } from './answers';

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

/** The match of a test that cites no answer (a `not`, a pick): shared, never mutated. */
const noAnswers: readonly MatchedAnswer[] = [];

type Compiled = (answers: Answers, scope: ConditionScope) => readonly MatchedAnswer[] | undefined;

/**
 * A condition turned once into a function: the engine evaluates hundreds of conditions per call,
 * and deciding the kind of each node again on every call was a tenth of its time.
 */
const compiledConditions = new WeakMap<Condition, Compiled>();

function compiled(condition: Condition): Compiled {
  let evaluate = compiledConditions.get(condition);
  if (!evaluate) compiledConditions.set(condition, (evaluate = compile(condition)));
  return evaluate;
}

function compile(condition: Condition): Compiled {
  if ('all' in condition) {
    const parts = condition.all.map(compiled);
    return (answers, scope) => {
      // Most parts match one answer or none: a new list is made only when two parts cite answers.
      let only: readonly MatchedAnswer[] = noAnswers;
      let merged: MatchedAnswer[] | undefined;
      for (const part of parts) {
        const result = part(answers, scope);
        if (!result) return undefined;
        if (result.length === 0) continue;
        if (merged) merged.push(...result);
        else if (only.length === 0) only = result;
        else merged = [...only, ...result];
      }
      return merged ?? only;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compiled);
    return (answers, scope) => {
      for (const part of parts) {
        const result = part(answers, scope);
        if (result) return result;
      }
      return undefined;
    };
  }
  if ('not' in condition) {
    const part = compiled(condition.not);
    return (answers, scope) => (part(answers, scope) ? undefined : noAnswers);
  }
  if ('fact' in condition) {
    const { fact } = condition;
    return (_answers, scope) => scope.facts.get(fact);
  }
  if ('picked' in condition) {
    const { picked } = condition;
    return (_answers, scope) => (scope.picked.has(picked) ? noAnswers : undefined);
  }
  const { q } = condition;
  if ('equals' in condition) {
    const match: readonly MatchedAnswer[] = [{ question: q, value: condition.equals }];
    return (answers) => (answers[q] === condition.equals ? match : undefined);
  }
  if ('in' in condition) {
    const matches = new Map(condition.in.map((value) => [value, [{ question: q, value }]]));
    return (answers) => {
      const answer = answers[q];
      return typeof answer === 'string' ? matches.get(answer) : undefined;
    };
  }
  const match: readonly MatchedAnswer[] = [{ question: q, value: condition.includes }];
  return (answers) => {
    const answer = answers[q];
    return Array.isArray(answer) && answer.includes(condition.includes) ? match : undefined;
  };
}

/**
 * Evaluates a condition. When it holds, `matched` lists the answers that made it hold, so every
 * recommendation can name its cause. Unanswered questions never satisfy a leaf test. The lists it
 * returns may be shared between calls: read them, never change them.
 */
export function evaluateCondition(
  condition: Condition,
  answers: Answers,
  scope: ConditionScope = answersOnly,
): readonly MatchedAnswer[] | undefined {
  return compiled(condition)(answers, scope);
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
