import type { Advice } from './advice';
import { effectiveAnswers, type Answers } from './answers';
import { evaluateCondition } from './condition';
import type { Content } from './content';
import { indexContent } from './content-index';
import { doorDecisions } from './door-decisions';
import { failureChecklist } from './failure-checklist';
import { heavyLiftingLedger } from './heavy-lifting';
import { rankSlot } from './rank-slot';
import { stackWarnings } from './stack-warnings';
import { stageRoadmap } from './stage-roadmap';

/**
 * The recommendation for one team. Pure and deterministic: no clock, no randomness, no I/O, so the
 * browser, the tests and the command line all get byte-identical advice for the same answers.
 * Answers to questions that are no longer shown are ignored. Every pick carries the reasons that
 * produced it, and no service closed to new customers appears anywhere except in a warning.
 */
export function advise(rawAnswers: Answers, content: Content): Advice {
  const answers = effectiveAnswers(rawAnswers, content.questionnaire);
  const index = indexContent(content);
  const ranked = content.slots
    .filter((slot) => !slot.when || evaluateCondition(slot.when, answers))
    .map((slot) => rankSlot(slot, answers, index));
  const stack = ranked.map((slot) => slot.entry);
  return {
    stack,
    heavyLifting: heavyLiftingLedger(answers, stack, index),
    decisions: doorDecisions(answers, stack, content),
    failure: failureChecklist(answers, stack, content.practices, index),
    roadmap: stageRoadmap(answers, content.stages),
    warnings: stackWarnings(answers, ranked, index),
  };
}
