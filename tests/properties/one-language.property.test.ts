import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { inLanguage } from '../../src/domain/in-language';
import { languages } from '../../src/domain/languages';
import { renderMarkdown } from '../../src/domain/markdown/render-markdown';
import { validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

/**
 * The browser holds the content in one language, the command line in both. Both are a `Content`,
 * so the engine and the export must not care which: the same answers give the same advice and the
 * same Markdown, whichever the content came as.
 */
const inEachLanguage = languages.map((lang) => ({ lang, content: inLanguage(content, lang) }));
const answersArb = validAnswers(content.questionnaire);
const lang = fc.constantFrom(...inEachLanguage);

describe('content in one language', () => {
  it('gives the advice of the bilingual content, in that language', () => {
    fc.assert(
      fc.property(answersArb, lang, (answers, one) => {
        expect(advise(answers, one.content)).toEqual(
          inLanguage(advise(answers, content), one.lang),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('exports the same Markdown', () => {
    fc.assert(
      fc.property(answersArb, lang, (answers, one) => {
        const input = { answers, lang: one.lang, projectName: 'Acme', date: '2026-12-02' };
        expect(renderMarkdown({ ...input, content: one.content })).toBe(
          renderMarkdown({ ...input, content }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
