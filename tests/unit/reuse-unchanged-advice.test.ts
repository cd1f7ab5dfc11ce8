import { describe, expect, test } from 'vitest';
import type { Advice } from '../../../src/domain/advice';
import { advise } from '../../../src/domain/advise';
import { allQuestions, type Answers } from '../../../src/domain/answers';
import { reuseUnchangedAdvice } from '../../../src/features/results/reuse-unchanged';
import { content } from './render-results';

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

describe('reusing the unchanged parts of the advice', () => {
  test('gives the new advice value for value, keeping the previous object of every equal item', () => {
    let kept = 0;
    for (const preset of content.presets) {
      const previous = advise(preset.answers, content);
      for (const answers of whatIfs(preset.answers)) {
        const next = advise(answers, content);
        const reused = reuseUnchangedAdvice(previous, next);
        expect(reused, `${preset.id}: ${JSON.stringify(answers)}`).toStrictEqual(next);
        for (const part of parts) {
          const before: readonly object[] = previous[part];
          for (const item of reused[part] as readonly object[]) {
            const equal = before.find((old) => JSON.stringify(old) === JSON.stringify(item));
            if (equal) {
              expect(item, `${preset.id} ${part}`).toBe(equal);
              kept += 1;
            }
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
