import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../src/domain/answers';
import { toggleOption } from '../../src/domain/toggle-option';
import { content } from '../fixtures/content';

const data = allQuestions(content.questionnaire).find((question) => question.id === 'data');
if (!data) throw new Error('the data question is missing');
const option = (value: string) => {
  const found = data.options.find((candidate) => candidate.value === value);
  if (!found) throw new Error(`no option ${value}`);
  return found;
};

describe('toggleOption', () => {
  it('adds and removes values, in questionnaire order', () => {
    expect(toggleOption(data, ['graph'], option('relational'), true)).toEqual({
      value: ['relational', 'graph'],
      cleared: [],
    });
    expect(toggleOption(data, ['relational', 'graph'], option('graph'), false)).toEqual({
      value: ['relational'],
      cleared: [],
    });
  });

  it('clears the answer when the last value is unticked', () => {
    expect(toggleOption(data, ['graph'], option('graph'), false).value).toBeUndefined();
  });

  it('lets an exclusive option and the others rule each other out', () => {
    expect(toggleOption(data, ['relational', 'graph'], option('none'), true)).toEqual({
      value: ['none'],
      cleared: [option('relational'), option('graph')],
    });
    expect(toggleOption(data, ['none'], option('graph'), true)).toEqual({
      value: ['graph'],
      cleared: [option('none')],
    });
  });
});
