import { describe, expect, it } from 'vitest';
import {
  flowProgress,
  isAnswered,
  questionNumber,
  questionnaireFlow,
  resumeSectionId,
} from '../../src/domain/questionnaire-flow';
import { content } from '../fixtures/content';

const { questionnaire } = content;
const shownIds = (answers: Record<string, string | string[]>) =>
  questionnaireFlow(questionnaire, answers).flatMap((shown) => shown.questions.map((q) => q.id));

describe('questionnaire flow', () => {
  it('leaves out questions whose display condition does not hold', () => {
    expect(shownIds({ data: ['none'] })).not.toContain('data-loss');
    expect(shownIds({ data: ['relational'] })).toContain('data-loss');
  });

  it('asks every team about audits and customer security reviews, whatever its stage', () => {
    expect(shownIds({ stage: 'seed', sensitive: ['none'] })).toContain('audits');
  });

  it('hides a question whose condition fails, whatever stale answer it still holds', () => {
    expect(shownIds({ data: ['none'], 'data-loss': 'none' })).not.toContain('data-loss');
  });

  it('counts progress and numbers questions over the shown ones only', () => {
    const answers = { stage: 'seed', data: ['none'] };
    const flow = questionnaireFlow(questionnaire, answers);
    const total = flow.flatMap((shown) => shown.questions).length;
    expect(flowProgress(flow, answers)).toEqual({ answered: 2, total });
    expect(questionNumber(flow, 'stage')).toBe(1);
    expect(questionNumber(flow, 'data-loss'), 'hidden').toBe(0);
  });

  it('treats an empty list as unanswered', () => {
    expect(isAnswered({ data: [] }, 'data')).toBe(false);
    expect(isAnswered({ data: ['graph'] }, 'data')).toBe(true);
    expect(isAnswered({}, 'stage')).toBe(false);
  });

  it('resumes at the last section opened, else the first unfinished one', () => {
    const answers = { stage: 'seed', team: 'solo', ops: 'none', budget: 'lean', deadline: 'weeks' };
    const flow = questionnaireFlow(questionnaire, answers);
    expect(resumeSectionId(flow, answers, 'failure')).toBe('failure');
    expect(resumeSectionId(flow, answers, undefined)).toBe('product');
    expect(resumeSectionId(flow, answers, 'no-such-section')).toBe('product');
  });
});
