import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { allQuestions, type Answers, type AnswerValue } from '../../src/domain/answers';
import { decodeShareLink } from '../../src/domain/share-link/decode-share-link';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { completeAnswers, validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const questionnaire = content.questionnaire;
const maxLength = 300;

/** Multi-choice answers in any order: the link must keep the order the answers came in. */
const anyOrderAnswers = fc
  .tuple(validAnswers(questionnaire), fc.boolean())
  .map(([answers, reverse]) =>
    reverse
      ? (Object.fromEntries(
          Object.entries(answers).map(([id, value]) => [
            id,
            typeof value === 'string' ? value : [...value].reverse(),
          ]),
        ) as Answers)
      : answers,
  );

/** A full answer set as the length budget defines it: every question answered, at most 3 values each. */
const fullAnswers = completeAnswers(questionnaire).map(
  (answers) =>
    Object.fromEntries(
      Object.entries(answers).map(([id, value]) => [
        id,
        typeof value === 'string' ? value : value.slice(0, 3),
      ]),
    ) as Answers,
);

/** Each property runs thousands of cases; on a busy 2-core machine the 5 s default is too tight. */
describe('share links', { timeout: 60_000 }, () => {
  it('give back exactly the answers they were made from, and so the same advice', () => {
    fc.assert(
      fc.property(anyOrderAnswers, (answers) => {
        const decoded = decodeShareLink(encodeShareLink(answers, questionnaire), questionnaire);
        expect(decoded.problems).toEqual([]);
        expect(decoded.version).toBe(questionnaire.vocabularyVersion);
        expect(decoded.answers).toEqual(answers);
        expect(advise(decoded.answers, content)).toEqual(advise(answers, content));
      }),
      { numRuns: 1_000 },
    );
  });

  it('are the same for the same answers, whatever the order of their keys', () => {
    fc.assert(
      fc.property(validAnswers(questionnaire), (answers) => {
        const shuffled = Object.fromEntries(Object.entries(answers).reverse()) as Answers;
        expect(encodeShareLink(shuffled, questionnaire)).toBe(
          encodeShareLink(answers, questionnaire),
        );
      }),
      { numRuns: 500 },
    );
  });

  it.each(content.presets.map((preset) => [preset.id, preset.answers] as const))(
    'stay under 300 characters for preset %s',
    (_id, answers) => {
      expect(encodeShareLink(answers, questionnaire).length).toBeLessThan(maxLength);
    },
  );

  it('stay under 300 characters for any full answer set with up to 3 values per answer', () => {
    fc.assert(
      fc.property(fullAnswers, (answers) => {
        expect(encodeShareLink(answers, questionnaire).length).toBeLessThan(maxLength);
      }),
      { numRuns: 2_000 },
    );
  });

  it('stay under 300 characters even when every answer takes its longest spelling', () => {
    const longest: Record<string, AnswerValue> = {};
    for (const question of allQuestions(questionnaire)) {
      const byLength = question.options
        .filter((option) => !option.exclusive)
        .map((option) => option.value)
        .sort(
          (a, b) =>
            encodeShareLink({ [question.id]: question.kind === 'single' ? b : [b] }, questionnaire)
              .length -
            encodeShareLink({ [question.id]: question.kind === 'single' ? a : [a] }, questionnaire)
              .length,
        );
      longest[question.id] =
        question.kind === 'single' ? (byLength[0] ?? '') : byLength.slice(0, 3);
    }
    const link = encodeShareLink(longest, questionnaire);
    expect(decodeShareLink(link, questionnaire).answers).toEqual(longest);
    expect(link.length, link).toBeLessThan(maxLength);
  });
});
