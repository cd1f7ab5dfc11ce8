import { textOf } from '../text-of';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/domain/in-language';
import { languages, type Lang } from '../../src/domain/languages';
import type { LocalizedText } from '../../src/domain/localized-text';
import { splitTexts, withTexts, type TextTables } from '../../src/domain/text-tables';
import { content } from '../fixtures/content';

/**
 * Splits, then rebuilds in one language. The browser receives the structure and the tables as
 * JSON, so the test sends them through JSON too.
 */
function roundTrip(value: unknown, lang: Lang): unknown {
  const { shape, texts } = JSON.parse(JSON.stringify(splitTexts(value))) as TextTables<unknown>;
  return withTexts(shape, texts[lang]);
}

const localized: fc.Arbitrary<LocalizedText> = fc.record({
  en: fc.string({ minLength: 1 }),
  ja: fc.string({ minLength: 1 }),
});

/**
 * JSON-like trees with bilingual texts anywhere, and objects that merely look like one. No key is
 * the structure's marker, `$text`: content's strict schemas allow no such key.
 */
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    localized,
    fc.record({ en: fc.string() }),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(
      fc.string({ maxLength: 6 }).filter((key) => key !== '$text'),
      tie('tree'),
      { maxKeys: 4 },
    ),
  ),
}));

describe('content texts split per language', () => {
  it('rebuilds the shipped questionnaire and catalog in each language', () => {
    const { questionnaire, ...catalog } = content;
    for (const part of [questionnaire, catalog]) {
      for (const lang of languages) expect(roundTrip(part, lang)).toEqual(inLanguage(part, lang));
    }
  });

  it('rebuilds any bilingual tree as that tree in one language', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(...languages), (value, lang) => {
        expect(roundTrip(value, lang)).toEqual(inLanguage(value, lang));
      }),
    );
  });

  it('keeps the structure out of the tables and the texts out of the structure', () => {
    const { shape, texts } = splitTexts(content.questionnaire);
    const json = JSON.stringify(shape);
    expect(json).not.toContain(textOf(content.questionnaire.sections[0]?.title, 'en'));
    expect(json).not.toContain(textOf(content.questionnaire.sections[0]?.title, 'ja'));
    expect(texts.en).toHaveLength(texts.ja.length);
    expect(texts.en[0]).toBe(textOf(content.questionnaire.sections[0]?.title, 'en'));
    expect(texts.ja[0]).toBe(textOf(content.questionnaire.sections[0]?.title, 'ja'));
  });

  it('builds a new value per language and leaves the structure as it was', () => {
    const { shape, texts } = splitTexts({ title: { en: 'Stage', ja: 'ステージ' } });
    const before = JSON.stringify(shape);
    const ja = withTexts(shape, texts.ja);
    const en = withTexts(shape, texts.en);
    expect(ja).toEqual({ title: 'ステージ' });
    expect(en).toEqual({ title: 'Stage' });
    expect(JSON.stringify(shape)).toBe(before);
  });

  it('refuses a table from another build', () => {
    const { shape } = splitTexts({ a: { en: 'A', ja: 'エー' }, b: { en: 'B', ja: 'ビー' } });
    expect(() => withTexts(shape, ['A'])).toThrow('the texts do not fit the content: 1 for 2');
    expect(() => withTexts(shape, ['A', 'B', 'C'])).toThrow(
      'the texts do not fit the content: 3 for 2',
    );
  });
});
