import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allQuestions, effectiveAnswers, parseAnswers } from '../../src/domain/answers';
import { questionnaireFlow } from '../../src/domain/questionnaire-flow';
import { outlineOf } from '../../src/domain/questionnaire-outline';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const questionnaire = content.questionnaire;
const outline = outlineOf(questionnaire);

/**
 * The first screen and the saved session read answers against the outline alone, the question
 * pages against the full questionnaire: both must say the same thing about any input.
 */
describe('questionnaire outline', { timeout: 60_000 }, () => {
  it('carries no text, only ids, kinds, values, aliases and conditions', () => {
    const json = JSON.stringify(outline);
    expect(json).not.toMatch(/"(en|ja|title|help|intro|label)":/);
    expect(json.length).toBeLessThan(JSON.stringify(questionnaire).length / 5);
  });

  it('reads any answers exactly as the full questionnaire does', () => {
    // Every question's own values mixed with junk, in both shapes: conflicts, unknown values and
    // wrong shapes all come up.
    const raw = fc.record(
      Object.fromEntries(
        allQuestions(questionnaire).map((question) => {
          const values = [...question.options.map((option) => option.value), 'junk'];
          return [question.id, fc.oneof(fc.constantFrom(...values), fc.subarray(values))];
        }),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (answers) => {
        expect(parseAnswers(answers, outline)).toEqual(parseAnswers(answers, questionnaire));
      }),
    );
  });

  it('gives the same flow, effective answers and share link for any valid answers', () => {
    fc.assert(
      fc.property(validAnswers(questionnaire), (answers) => {
        const ids = (flow: ReturnType<typeof questionnaireFlow>) =>
          flow.map((shown) => [shown.section.id, shown.questions.map((q) => q.id)]);
        expect(ids(questionnaireFlow(outline, answers))).toEqual(
          ids(questionnaireFlow(questionnaire, answers)),
        );
        expect(effectiveAnswers(answers, outline)).toEqual(
          effectiveAnswers(answers, questionnaire),
        );
        expect(encodeShareLink(answers, outline)).toBe(encodeShareLink(answers, questionnaire));
      }),
    );
  });
});
