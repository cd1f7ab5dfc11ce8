import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import type { Advice } from '../../src/domain/advice';
import { allQuestions, effectiveAnswers, type Answers } from '../../src/domain/answers';
import { evaluateCondition } from '../../src/domain/condition';
import { isRecommendable } from '../../src/domain/service-lifecycle';
import { validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const answersArb = validAnswers(content.questionnaire);
const services = new Map(content.services.map((service) => [service.id, service]));
const slotIds = new Set(content.slots.map((slot) => slot.id));
const optionsOf = new Map(
  allQuestions(content.questionnaire).map((q) => [q.id, new Set(q.options.map((o) => o.value))]),
);
const runs = { numRuns: 2_000 };

/** Every service id that appears anywhere in the advice except in a warning about it. */
function recommendedServices(advice: Advice): string[] {
  return [
    ...advice.stack.flatMap((entry) => [
      entry.service,
      ...entry.alternatives.map((a) => a.service),
      ...entry.excluded.map((e) => e.service),
    ]),
    ...advice.heavyLifting.flatMap((entry) => [
      ...entry.absorbedBy.map((a) => a.service),
      ...entry.suggestions,
    ]),
    ...advice.failure.flatMap((check) => check.coveredBy.map((c) => c.service)),
    ...advice.decisions.flatMap((decision) => (decision.choice ? [decision.choice] : [])),
    ...advice.roadmap.flatMap((step) => step.concerns.flatMap((concern) => concern.services)),
    ...advice.warnings.flatMap((warning) =>
      warning.kind === 'service-unavailable'
        ? warning.successor
          ? [warning.successor]
          : []
        : [warning.service],
    ),
  ];
}

function allMatched(advice: Advice) {
  return [
    ...advice.stack.flatMap((entry) => [
      ...entry.reasons,
      ...entry.alternatives.flatMap((a) => a.reasons),
      ...entry.excluded.flatMap((e) => e.reasons),
    ]),
  ]
    .flatMap((reason) => reason.matched)
    .concat(advice.failure.flatMap((check) => check.matched));
}

function holds(answers: Answers, question: string, value: string): boolean {
  const answer = answers[question];
  return answer === value || (Array.isArray(answer) && answer.includes(value));
}

describe('advise over the whole answer space', { timeout: 60_000 }, () => {
  it('is deterministic: the same answers give the same advice', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(advise(answers, content)).toEqual(advise(structuredClone(answers), content));
      }),
      runs,
    );
  });

  it('does not depend on the order of multi-choice values', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reversed = Object.fromEntries(
          Object.entries(answers).map(([k, v]) => [
            k,
            typeof v === 'string' ? v : [...v].reverse(),
          ]),
        );
        expect(advise(reversed, content).stack.map((e) => e.service)).toEqual(
          advise(answers, content).stack.map((e) => e.service),
        );
      }),
      runs,
    );
  });

  it('never recommends a service that is closed to new customers or ended', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const id of recommendedServices(advise(answers, content))) {
          const service = services.get(id);
          expect(service, `unknown service ${id}`).toBeDefined();
          expect(service && isRecommendable(service), `${id} is not open to new customers`).toBe(
            true,
          );
        }
      }),
      runs,
    );
  });

  it('only cites answers that the team really gave (and that still apply)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const effective = effectiveAnswers(answers, content.questionnaire);
        for (const { question, value } of allMatched(advise(answers, content))) {
          expect(holds(effective, question, value), `${question}=${value}`).toBe(true);
        }
      }),
      runs,
    );
  });

  it('has every core slot, and a feature or data slot exactly when its condition holds', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const effective = effectiveAnswers(answers, content.questionnaire);
        const present = advise(answers, content).stack.map((entry) => entry.slot);
        const expected = content.slots
          .filter((slot) => !slot.when || evaluateCondition(slot.when, effective))
          .map((slot) => slot.id);
        expect(present).toEqual(expected);
        for (const core of [
          'frontend-hosting',
          'backend-compute',
          'api-layer',
          'primary-database',
          'auth',
          'file-storage',
          'async-work',
          'observability',
          'security-baseline',
          'ci-cd',
        ]) {
          expect(present).toContain(core);
        }
      }),
      runs,
    );
  });

  it('names only ids that exist: slots, services, questions and their values', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const advice = advise(answers, content);
        for (const entry of advice.stack) expect(slotIds.has(entry.slot)).toBe(true);
        for (const id of recommendedServices(advice)) expect(services.has(id)).toBe(true);
        for (const { question, value } of allMatched(advice)) {
          expect(optionsOf.get(question)?.has(value), `${question}=${value}`).toBe(true);
        }
      }),
      runs,
    );
  });

  it('gives each handed-off chore a carrier or says plainly it is a gap, with suggestions', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const entry of advise(answers, content).heavyLifting) {
          expect(entry.absorbedBy.length > 0 || entry.suggestions.length > 0, entry.chore).toBe(
            true,
          );
        }
      }),
      runs,
    );
  });
});
