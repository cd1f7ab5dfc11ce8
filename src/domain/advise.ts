import type { Advice, StackEntry } from './advice';
import { effectiveAnswers, type Answers } from './answers';
import { evaluateCondition, type ConditionScope } from './condition';
import type { Content } from './content';
import { indexContent } from './content-index';
import { stackCost } from './cost/stack-cost';
import { dataModelsTaken } from './data-models';
import { decideSlot } from './decide-slot';
import { doorDecisions } from './door-decisions';
import { deriveFacts } from './facts';
import { failureChecklist } from './failure-checklist';
import { heavyLiftingLedger } from './heavy-lifting';
import type { Slot } from './stack-schema';
import { stackWarnings } from './stack-warnings';
import { stageRoadmap } from './stage-roadmap';

/**
 * The recommendation for one team. Pure and deterministic: no clock, no randomness, no I/O, so the
 * browser, the tests and the command line all get byte-identical advice for the same answers.
 * Answers to questions that are no longer shown are ignored. Facts are derived from the answers;
 * then each slot that applies is decided in stack order, so a later slot (the API layer, CI/CD)
 * can follow what an earlier one picked. A slot that does not apply is absent, not defaulted.
 */
export function advise(rawAnswers: Answers, content: Content): Advice {
  const answers = effectiveAnswers(rawAnswers, content.questionnaire);
  const index = indexContent(content);
  const picked = new Set<string>();
  const scope: ConditionScope = { facts: deriveFacts(answers, content.facts), picked };
  const context = {
    answers,
    scope,
    index,
    taken: dataModelsTaken(content.slots, answers, scope),
  };
  const stack: StackEntry[] = [];
  const unfilled: Slot[] = [];
  for (const slot of content.slots) {
    if (slot.when && !evaluateCondition(slot.when, answers, scope)) continue;
    const decided = decideSlot(slot, context);
    if (decided === null) continue;
    if ('noFit' in decided) {
      unfilled.push(slot);
      continue;
    }
    stack.push(decided);
    for (const service of decided.services) picked.add(service);
  }
  const cost = stackCost(answers, stack, content);
  return {
    stack,
    cost,
    heavyLifting: heavyLiftingLedger(answers, stack, content.questionnaire, index),
    decisions: doorDecisions(answers, scope, stack, content),
    failure: failureChecklist(answers, scope, content.practices, index),
    roadmap: stageRoadmap(answers, content.questionnaire, content.stages),
    warnings: stackWarnings(answers, scope, cost, unfilled, content.notices, index),
  };
}
