import { describe, expect, test } from 'vitest';
import type { Advice } from '../../src/domain/advice';
import { advise } from '../../src/domain/advise';
import { allQuestions, type Answers } from '../../src/domain/answers';
import { reuseUnchangedAdvice } from '../../src/features/results/what-if/reuse-unchanged';
import { content } from '../fixtures/content';

/** Every answer a "what if" panel could give from `answers`: each other option of each question. */
function whatIfs(answers: Answers): Answers[] {
  return allQuestions(content.questionnaire).flatMap((question) =>
    question.options
      .filter((option) => answers[question.id] !== option.value)
      .map((option) => ({
        ...answers,
        [question.id]: question.kind === 'single' ? option.value : [option.value],
      })),
  );
}

const parts = ['stack', 'heavyLifting', 'decisions', 'failure', 'roadmap', 'warnings'] as const;

/** A part's items by identity and by value: a kept object, or a new one equal to an old one. */
function itemsOf(advice: Advice, part: (typeof parts)[number]) {
  const items = advice[part] as readonly object[];
  return { objects: new Set(items), json: new Set(items.map((item) => JSON.stringify(item))) };
}

describe('reusing the unchanged parts of the advice', () => {
  test('gives the new advice value for value, keeping the previous object of every equal item', () => {
    let kept = 0;
    for (const preset of content.presets) {
      const previous = advise(preset.answers, content);
      const before = parts.map((part) => [part, itemsOf(previous, part)] as const);
      for (const answers of whatIfs(preset.answers)) {
        const next = advise(answers, content);
        const reused = reuseUnchangedAdvice(previous, next);
        expect(reused, `${preset.id}: ${JSON.stringify(answers)}`).toStrictEqual(next);
        for (const [part, { objects, json }] of before) {
          for (const item of reused[part] as readonly object[]) {
            if (objects.has(item)) kept += 1;
            else
              expect(
                json.has(JSON.stringify(item)),
                `${preset.id} ${part}: an equal item not kept`,
              ).toBe(false);
          }
        }
      }
    }
    expect(kept, 'items kept from the previous advice').toBeGreaterThan(0);
  });

  test('returns the previous advice itself when nothing changed', () => {
    const answers = content.presets[0]?.answers ?? {};
    const previous: Advice = advise(answers, content);
    expect(reuseUnchangedAdvice(previous, advise(answers, content))).toBe(previous);
  });
});
