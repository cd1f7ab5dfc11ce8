import { textOf } from '../text-of';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import {
  answerChanges,
  applyEdits,
  parseScenarioEdits,
  sameAnswer,
  withEdit,
} from '../../src/domain/what-if-scenario';
import { content } from '../fixtures/content';

const { questionnaire } = content;
const saved: Answers = { stage: 'seed', backend: 'functions', data: ['relational', 'key-value'] };

/** A change as a reader would see it: question id, option values before → after. */
function readable(base: Answers, scenario: Answers): string[] {
  return answerChanges(base, scenario, questionnaire).map(
    ({ question, before, after }) =>
      `${question.id}: ${before.map((option) => option.value).join('+') || '-'} → ${
        after.map((option) => option.value).join('+') || '-'
      }`,
  );
}

describe('sameAnswer', () => {
  it('ignores the order of a multi-choice answer and treats an empty list as unanswered', () => {
    expect(sameAnswer(['a', 'b'], ['b', 'a']), 'order').toBe(true);
    expect(sameAnswer([], undefined), 'empty list').toBe(true);
    expect(sameAnswer('a', ['a', 'b']), 'a subset').toBe(false);
    expect(sameAnswer('container', 'containers'), 'a prefix').toBe(false);
  });
});

describe('withEdit and applyEdits', () => {
  it('applies an edit over the base without changing the base', () => {
    const edits = withEdit({}, saved, 'backend', 'containers');
    expect(applyEdits(saved, edits)).toEqual({ ...saved, backend: 'containers' });
    expect(saved.backend, 'the base is untouched').toBe('functions');
  });

  it('records a cleared answer as null, so it survives JSON, and removes it when applied', () => {
    const edits = withEdit({}, saved, 'stage', undefined);
    expect(JSON.parse(JSON.stringify(edits))).toEqual({ stage: null });
    expect(applyEdits(saved, edits)).not.toHaveProperty('stage');
    expect(withEdit({}, saved, 'data', []), 'an empty list clears too').toEqual({ data: null });
  });

  it('drops an edit that brings the answer back to the base, leaving no scenario', () => {
    const changed = withEdit({}, saved, 'backend', 'containers');
    expect(withEdit(changed, saved, 'backend', 'functions')).toEqual({});
    expect(withEdit({}, saved, 'data', ['key-value', 'relational']), 'same values').toEqual({});
  });

  it('returns the base itself when there is nothing to apply', () => {
    expect(applyEdits(saved, {})).toBe(saved);
  });

  it('keeps a later change to the base that the edits do not touch', () => {
    const edits = withEdit({}, saved, 'backend', 'containers');
    const savedLater: Answers = { ...saved, stage: 'growth' };
    expect(applyEdits(savedLater, edits)).toEqual({ ...savedLater, backend: 'containers' });
  });
});

describe('answerChanges', () => {
  it('lists each changed question in questionnaire order with the options before and after', () => {
    const scenario = applyEdits(saved, {
      data: ['key-value', 'relational', 'document'],
      backend: 'containers',
      stage: null,
    });
    expect(readable(saved, scenario)).toEqual([
      'stage: seed → -',
      'backend: functions → containers',
      'data: relational+key-value → relational+key-value+document',
    ]);
  });

  it('lists nothing for the same answers in another order', () => {
    expect(readable(saved, { ...saved, data: ['key-value', 'relational'] })).toEqual([]);
  });

  it('gives the question and options with their texts from a full questionnaire', () => {
    const [change] = answerChanges(saved, { ...saved, backend: 'containers' }, questionnaire);
    expect(textOf(change?.question.title, 'en')).toBe('How do you want to build the backend?');
    expect(change?.before.map((option) => textOf(option.label, 'en'))).toEqual([
      'Serverless functions',
    ]);
    expect(change?.after.map((option) => textOf(option.label, 'en'))).toEqual(['Containers']);
  });
});

describe('parseScenarioEdits', () => {
  it('keeps valid edits and cleared answers, and drops what today’s questions do not know', () => {
    const raw = {
      backend: 'containers',
      stage: null,
      colour: 'blue',
      team: 'nonsense',
      data: ['relational', 'blockchain'],
      features: 'auth',
    };
    expect(parseScenarioEdits(raw, questionnaire)).toEqual({ backend: 'containers', stage: null });
  });

  it('reads anything that is not an object as no edits', () => {
    for (const raw of [null, 'edits', 3, ['backend']]) {
      expect(parseScenarioEdits(raw, questionnaire), JSON.stringify(raw)).toEqual({});
    }
  });
});
