import { Parser, jaModel } from 'budoux';
import fc from 'fast-check';
import japanesePhraseBreaks from 'virtual:content/diagram-phrases-ja';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { effectiveAnswers, type Answers } from '../../src/domain/answers';
import { answerListForRole, questionWithRole } from '../../src/domain/question-roles';
import { wrappedTexts } from '../../src/features/results/diagram/diagram-layout';
import { diagramLanes } from '../../src/features/results/diagram/diagram-lanes';
import { diagramTexts } from '../../src/features/results/diagram/diagram-texts';
import { japaneseWords, phrases, wrapText } from '../../src/features/results/diagram/wrap-text';
import { formattersFor } from '../../src/i18n/use-format';
import { localize, type Localize } from '../../src/i18n/use-localize';
import { validAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const t: Localize = (text, params) => localize('ja', text, params);
const { list } = formattersFor('ja');

/** The Japanese texts of the diagram drawn for `answers`, as the results page makes them. */
function textsDrawnFor(answers: Answers): string[] {
  const shown = effectiveAnswers(answers, content.questionnaire);
  return wrappedTexts(
    diagramLanes({
      stack: advise(answers, content).stack,
      changedSlots: new Set(),
      clients: answerListForRole(shown, content.questionnaire, 'clients'),
      content,
      t,
      list,
    }),
  );
}

/** The words of `texts` the shipped table has no phrases for. */
const missing = (texts: readonly string[]) =>
  texts.flatMap(japaneseWords).filter((word) => !Object.hasOwn(japanesePhraseBreaks, word));

describe('the Japanese phrase breaks the diagram ships', () => {
  it('has every slot title, so a new slot keeps its phrase breaking', () => {
    expect(missing(content.slots.map((slot) => t(slot.title)))).toEqual([]);
  });

  it("has every text of every preset's diagram", () => {
    expect(missing(content.presets.flatMap((preset) => textsDrawnFor(preset.answers)))).toEqual([]);
  });

  it('has every text of the diagram drawn for any answers, with the clients in any order', () => {
    const clients = questionWithRole(content.questionnaire, 'clients');
    const anyOrder = fc.uniqueArray(fc.constantFrom(...clients.options.map((o) => o.value)), {
      minLength: 1,
    });
    fc.assert(
      fc.property(validAnswers(content.questionnaire), anyOrder, (answers, chosen) => {
        expect(missing(textsDrawnFor({ ...answers, [clients.id]: chosen }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('breaks every text where BudouX does, as the browser did when it ran BudouX itself', () => {
    const budoux = new Parser(jaModel);
    for (const text of diagramTexts(content, t, list)) {
      const byBudoux = text
        .split(/(?<= )/)
        .flatMap((word) => (japaneseWords(word).length > 0 ? budoux.parse(word) : [word]));
      expect(phrases(text, japanesePhraseBreaks), text).toEqual(byBudoux);
    }
  });
});

describe('a text without phrase breaks', () => {
  it('breaks Japanese between any two characters and English at spaces', () => {
    expect(phrases('未知の語 と Amazon SQS', {})).toEqual([
      '未',
      '知',
      'の',
      '語 ',
      'と ',
      'Amazon ',
      'SQS',
    ]);
    expect(wrapText('未知の文字列', 3, {})).toEqual(['未知の', '文字列']);
  });
});
