import type { Answers } from './answers';
import { evaluateCondition, type MatchedAnswer } from './condition';
import type { Fact } from './stack-schema';

/**
 * The facts that hold for these answers, each with the answers that made it hold. Facts are
 * evaluated in content order, so a fact may build on the ones declared before it.
 */
export function deriveFacts(
  answers: Answers,
  facts: readonly Fact[],
): Map<string, readonly MatchedAnswer[]> {
  const holding = new Map<string, readonly MatchedAnswer[]>();
  const scope = { facts: holding, picked: new Set<string>() };
  for (const fact of facts) {
    const matched = evaluateCondition(fact.when, answers, scope);
    if (matched) holding.set(fact.id, matched);
  }
  return holding;
}
