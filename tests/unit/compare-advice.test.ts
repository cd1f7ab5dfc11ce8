import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import type { Answers } from '../../src/domain/answers';
import { compareAdvice } from '../../src/domain/compare/compare-advice';
import { nextStageAnswers, nextStageStep } from '../../src/domain/compare/next-stage-answers';
import { renderComparisonMarkdown } from '../../src/domain/compare/render-comparison-markdown';
import { validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('fixture: the seed-saas preset is missing');
const base: Answers = seedSaas.answers;
const compare = (left: Answers, right: Answers) =>
  compareAdvice(advise(left, content), advise(right, content), content);

describe('compareAdvice', () => {
  it('finds no difference between an answer set and itself', () => {
    const comparison = compare(base, base);
    expect(comparison.slots.some((slot) => slot.changed)).toBe(false);
    expect(comparison.decisions.some((d) => d.doorChanged || d.choiceChanged)).toBe(false);
    expect(comparison.failure.some((check) => check.changed)).toBe(false);
    expect(comparison.warnings).toEqual({ added: [], removed: [] });
  });

  it('lists a slot only one side has, with null on the other side, in stack order', () => {
    const comparison = compare(base, { ...base, features: ['auth', 'files', 'search'] });
    const search = comparison.slots.find((slot) => slot.slot === 'search');
    expect(search).toMatchObject({ left: null, right: ['opensearch-serverless'], changed: true });
    const order = content.slots.map((slot) => slot.id);
    const ids = comparison.slots.map((slot) => slot.slot);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it('marks a changed pick and a changed door', () => {
    const comparison = compare(base, { ...base, backend: 'containers', ops: 'some' });
    const compute = comparison.slots.find((slot) => slot.slot === 'backend-compute');
    expect(compute).toMatchObject({ left: ['lambda'], right: ['fargate'], changed: true });
    const decision = comparison.decisions.find((d) => d.id === 'backend-compute');
    expect(decision).toMatchObject({
      left: { door: { kind: 'two-way', timeBox: 'spike-a-week' }, choice: 'lambda' },
      right: { door: { kind: 'two-way', timeBox: 'decide-this-week' }, choice: 'fargate' },
      doorChanged: true,
      choiceChanged: true,
    });
  });

  it('marks a bundle as changed when a member joins, even with the same headline', () => {
    const comparison = compare(base, { ...base, stage: 'early' });
    const baseline = comparison.slots.find((slot) => slot.slot === 'security-baseline');
    expect(baseline?.left?.[0]).toBe(baseline?.right?.[0]);
    expect(baseline?.right).toEqual(
      expect.arrayContaining(['organizations', 'iam-identity-center']),
    );
    expect(baseline?.changed).toBe(true);
  });

  it('marks a failure practice whose status changes', () => {
    const comparison = compare(base, { ...base, availability: 'always-on' });
    expect(comparison.failure.find((c) => c.practice === 'redundancy-and-scaling')).toMatchObject({
      left: 'built-in',
      right: 'to-configure',
      changed: true,
    });
  });

  it('lists warnings that appear and disappear', () => {
    const onCredits = { ...base, features: ['search'] };
    const funded = { ...onCredits, budget: 'funded' };
    const fixedCost = {
      kind: 'fixed-cost-on-credits',
      slot: 'search',
      service: 'opensearch-serverless',
    };
    const dropped = compare(onCredits, funded).warnings;
    expect(dropped.added).toEqual([]);
    expect(dropped.removed).toContainEqual(expect.objectContaining(fixedCost));
    const raised = compare(funded, onCredits).warnings;
    expect(raised.removed).toEqual([]);
    expect(raised.added).toContainEqual(expect.objectContaining(fixedCost));
  });

  it('always lists the union of both stacks in the order of stack.yaml', () => {
    const order = content.slots.map((slot) => slot.id);
    fc.assert(
      fc.property(
        validAnswers(content.questionnaire),
        validAnswers(content.questionnaire),
        (a, b) => {
          const left = advise(a, content);
          const right = advise(b, content);
          const union = new Set([...left.stack, ...right.stack].map((entry) => entry.slot));
          const ids = compareAdvice(left, right, content).slots.map((slot) => slot.slot);
          expect(ids).toEqual(order.filter((id) => union.has(id)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('nextStageAnswers', () => {
  it.each([
    ['seed', 'early'],
    ['early', 'growth'],
    ['growth', 'later'],
    ['later', 'later'],
  ])('moves a %s team to %s and keeps every other answer', (from, to) => {
    const answers = { ...base, stage: from };
    expect(nextStageAnswers(answers, content.questionnaire)).toEqual({ ...base, stage: to });
    expect(answers.stage, 'the argument is not mutated').toBe(from);
  });

  it('leaves answers without a stage as they are', () => {
    const rest = Object.fromEntries(Object.entries(base).filter(([id]) => id !== 'stage'));
    expect(nextStageAnswers(rest, content.questionnaire)).toEqual(rest);
  });
});

describe('nextStageStep', () => {
  const stepIds = (answers: Answers) => {
    const step = nextStageStep(answers, content.questionnaire, content.stages);
    return { from: step.from?.id, to: step.to?.id };
  };

  it.each([
    ['seed', 'early'],
    ['early', 'growth'],
    ['growth', 'later'],
  ])('names the stages a %s team moves between', (from, to) => {
    expect(stepIds({ ...base, stage: from })).toEqual({ from, to });
  });

  it('names no next stage for a team at the last stage, and no stage at all without one', () => {
    expect(stepIds({ ...base, stage: 'later' }), 'last stage').toEqual({
      from: 'later',
      to: undefined,
    });
    const rest = Object.fromEntries(Object.entries(base).filter(([id]) => id !== 'stage'));
    expect(stepIds(rest), 'no stage').toEqual({ from: undefined, to: undefined });
  });
});

describe('renderComparisonMarkdown', () => {
  it.each([
    ['en', '**changed**'],
    ['ja', '**変更あり**'],
  ] as const)('marks the rows that differ in %s', (lang, mark) => {
    const markdown = renderComparisonMarkdown({
      left: { label: 'Now', answers: base },
      right: { label: 'Containers', answers: { ...base, backend: 'containers', ops: 'some' } },
      content,
      lang,
    });
    const changedRows = markdown.split('\n').filter((line) => line.endsWith(`${mark} |`));
    expect(changedRows.length).toBeGreaterThanOrEqual(2);
    expect(changedRows.some((row) => row.includes('AWS Fargate'))).toBe(true);
    expect(markdown).not.toContain('<');
  });
});
