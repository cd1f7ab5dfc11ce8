import { describe, expect, it } from 'vitest';
import { conditionReferences, evaluateCondition } from '../../src/domain/condition';

const answers = { stage: 'seed', data: ['relational', 'in-memory'] };

describe('evaluateCondition', () => {
  it('equals holds for the same single answer and names it as matched', () => {
    expect(evaluateCondition({ q: 'stage', equals: 'seed' }, answers)).toEqual([
      { question: 'stage', value: 'seed' },
    ]);
    expect(evaluateCondition({ q: 'stage', equals: 'growth' }, answers)).toBeUndefined();
  });

  it('equals never holds against a multi-choice answer', () => {
    expect(evaluateCondition({ q: 'data', equals: 'relational' }, answers)).toBeUndefined();
  });

  it('in holds when the single answer is one of the values', () => {
    expect(evaluateCondition({ q: 'stage', in: ['seed', 'early'] }, answers)).toEqual([
      { question: 'stage', value: 'seed' },
    ]);
    expect(evaluateCondition({ q: 'stage', in: ['growth', 'later'] }, answers)).toBeUndefined();
  });

  it('includes holds when a multi-choice answer contains the value', () => {
    expect(evaluateCondition({ q: 'data', includes: 'in-memory' }, answers)).toEqual([
      { question: 'data', value: 'in-memory' },
    ]);
    expect(evaluateCondition({ q: 'data', includes: 'graph' }, answers)).toBeUndefined();
    expect(evaluateCondition({ q: 'stage', includes: 'seed' }, answers)).toBeUndefined();
  });

  it('no leaf test holds for an unanswered question', () => {
    expect(evaluateCondition({ q: 'budget', equals: 'lean' }, answers)).toBeUndefined();
    expect(evaluateCondition({ q: 'budget', in: ['lean'] }, answers)).toBeUndefined();
    expect(evaluateCondition({ q: 'features', includes: 'auth' }, answers)).toBeUndefined();
  });

  it('all holds only when every part holds, and collects every match', () => {
    const both = {
      all: [
        { q: 'stage', equals: 'seed' },
        { q: 'data', includes: 'relational' },
      ],
    };
    expect(evaluateCondition(both, answers)).toEqual([
      { question: 'stage', value: 'seed' },
      { question: 'data', value: 'relational' },
    ]);
    expect(
      evaluateCondition(
        {
          all: [
            { q: 'stage', equals: 'seed' },
            { q: 'data', includes: 'graph' },
          ],
        },
        answers,
      ),
    ).toBeUndefined();
  });

  it('any holds when one part holds and reports the first part that did', () => {
    const either = {
      any: [
        { q: 'data', includes: 'graph' },
        { q: 'data', includes: 'in-memory' },
      ],
    };
    expect(evaluateCondition(either, answers)).toEqual([{ question: 'data', value: 'in-memory' }]);
    expect(evaluateCondition({ any: [{ q: 'stage', equals: 'later' }] }, answers)).toBeUndefined();
  });

  it('not inverts its part and matches no answer of its own', () => {
    expect(evaluateCondition({ not: { q: 'stage', equals: 'later' } }, answers)).toEqual([]);
    expect(evaluateCondition({ not: { q: 'stage', equals: 'seed' } }, answers)).toBeUndefined();
    expect(evaluateCondition({ not: { q: 'budget', equals: 'lean' } }, answers)).toEqual([]);
  });
});

describe('evaluateCondition with facts and picks', () => {
  const scope = {
    facts: new Map([['always-on', [{ question: 'availability', value: 'always-on' }]]]),
    picked: new Set(['lambda']),
  };

  it('a fact holds with the answers that made it hold', () => {
    expect(evaluateCondition({ fact: 'always-on' }, {}, scope)).toEqual([
      { question: 'availability', value: 'always-on' },
    ]);
    expect(evaluateCondition({ fact: 'regulated' }, {}, scope)).toBeUndefined();
  });

  it('picked holds for a service an earlier slot put in the stack, citing no answer', () => {
    expect(evaluateCondition({ picked: 'lambda' }, {}, scope)).toEqual([]);
    expect(evaluateCondition({ picked: 'fargate' }, {}, scope)).toBeUndefined();
  });

  it('display conditions see neither facts nor picks', () => {
    expect(evaluateCondition({ fact: 'always-on' }, {})).toBeUndefined();
    expect(evaluateCondition({ picked: 'lambda' }, {})).toBeUndefined();
  });
});

describe('conditionReferences', () => {
  it('lists every question and value, fact and picked service a nested condition mentions', () => {
    expect(
      conditionReferences({
        all: [
          { q: 'stage', in: ['seed', 'early'] },
          { not: { any: [{ q: 'data', includes: 'none' }, { fact: 'always-on' }] } },
          { picked: 'lambda' },
        ],
      }),
    ).toEqual({
      answers: [
        { question: 'stage', value: 'seed' },
        { question: 'stage', value: 'early' },
        { question: 'data', value: 'none' },
      ],
      facts: ['always-on'],
      picked: ['lambda'],
    });
  });
});
