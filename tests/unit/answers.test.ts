import { describe, expect, it } from 'vitest';
import { effectiveAnswers, parseAnswers } from '../../src/domain/answers';
import { content } from '../fixtures/content';

const { questionnaire } = content;

describe('parseAnswers', () => {
  it('accepts a valid answer set unchanged', () => {
    const raw = { stage: 'seed', data: ['relational', 'key-value'], features: ['auth'] };
    expect(parseAnswers(raw, questionnaire)).toEqual({ answers: raw, problems: [] });
  });

  it('keeps what is valid and lists every unknown id and value', () => {
    const result = parseAnswers(
      { stage: 'pre-seed', team: 'solo', colour: 'blue', data: ['relational', 'blockchain'] },
      questionnaire,
    );
    expect(result.answers).toEqual({ team: 'solo', data: ['relational'] });
    expect(result.problems).toEqual([
      { kind: 'unknown-value', question: 'stage', value: 'pre-seed' },
      { kind: 'unknown-question', question: 'colour' },
      { kind: 'unknown-value', question: 'data', value: 'blockchain' },
    ]);
  });

  it('rejects a list for a single-choice question and a string for a multi-choice one', () => {
    expect(parseAnswers({ stage: ['seed'], data: 'relational' }, questionnaire).problems).toEqual([
      { kind: 'wrong-shape', question: 'stage', expected: 'single' },
      { kind: 'wrong-shape', question: 'data', expected: 'multi' },
    ]);
  });

  it('drops an exclusive "none" chosen beside other values', () => {
    const result = parseAnswers({ data: ['none', 'graph'] }, questionnaire);
    expect(result.answers).toEqual({ data: ['graph'] });
    expect(result.problems).toEqual([
      { kind: 'conflicting-values', question: 'data', value: 'none' },
    ]);
  });

  it('says so when the answers are not an object at all', () => {
    for (const raw of [null, 42, 'seed', ['seed']]) {
      expect(parseAnswers(raw, questionnaire)).toEqual({
        answers: {},
        problems: [{ kind: 'not-an-object' }],
      });
    }
  });
});

describe('effectiveAnswers', () => {
  it('drops the answer to a question that is no longer shown', () => {
    const answers = { data: ['none'], 'data-loss': 'none', stage: 'seed', audits: ['soc2'] };
    expect(effectiveAnswers(answers, questionnaire)).toEqual({
      data: ['none'],
      stage: 'seed',
      audits: ['soc2'],
    });
  });

  it('keeps the answer once the question applies again', () => {
    const answers = {
      data: ['relational'],
      'data-loss': 'none',
      stage: 'growth',
      audits: ['soc2'],
    };
    expect(effectiveAnswers(answers, questionnaire)).toEqual(answers);
  });
});
