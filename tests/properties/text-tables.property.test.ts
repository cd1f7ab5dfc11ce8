import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/languages';
import type { LocalizedText } from '../../src/domain/localized-text';
import {
  fillTexts,
  splitTexts,
  withTextSlots,
  type TextTables,
} from '../../src/domain/text-tables';
import { content } from '../fixtures/content';

/**
 * Splits, then rebuilds with the given languages' tables filled in. The browser receives the
 * structure and the tables as JSON, so the test sends them through JSON too.
 */
function roundTrip(value: unknown, langs: readonly Lang[]): unknown {
  const { shape, texts } = JSON.parse(JSON.stringify(splitTexts(value))) as TextTables;
  const { value: rebuilt, slots } = withTextSlots(shape);
  for (const lang of langs) fillTexts(slots, lang, texts[lang]);
  return rebuilt;
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
  it('rebuilds the shipped questionnaire and catalog exactly once both languages are in', () => {
    const { questionnaire, ...catalog } = content;
    for (const part of [questionnaire, catalog]) {
      expect(roundTrip(part, ['ja', 'en'])).toEqual(part);
    }
  });

  it('rebuilds any bilingual tree exactly, whatever order the languages arrive in', () => {
    fc.assert(
      fc.property(
        tree,
        fc.constantFrom(['en', 'ja'] as const, ['ja', 'en'] as const),
        (value, order) => {
          expect(roundTrip(value, order)).toEqual(value);
        },
      ),
    );
  });

  it('keeps the structure out of the tables and the texts out of the structure', () => {
    const { shape, texts } = splitTexts(content.questionnaire);
    const json = JSON.stringify(shape);
    expect(json).not.toContain(content.questionnaire.sections[0]?.title.en);
    expect(json).not.toContain(content.questionnaire.sections[0]?.title.ja);
    expect(texts.en).toHaveLength(texts.ja.length);
    expect(texts.en[0]).toBe(content.questionnaire.sections[0]?.title.en);
    expect(texts.ja[0]).toBe(content.questionnaire.sections[0]?.title.ja);
  });

  it('leaves a language out until its table is filled', () => {
    const { shape, texts } = splitTexts({ title: { en: 'Stage', ja: 'ステージ' } });
    const { value, slots } = withTextSlots(shape);
    expect(value).toEqual({ title: {} });
    fillTexts(slots, 'ja', texts.ja);
    expect(value).toEqual({ title: { ja: 'ステージ' } });
  });

  it('refuses a table from another build', () => {
    const { shape } = splitTexts({ a: { en: 'A', ja: 'エー' }, b: { en: 'B', ja: 'ビー' } });
    const { slots } = withTextSlots(shape);
    expect(() => {
      fillTexts(slots, 'en', ['A']);
    }).toThrow('en texts do not fit the content: 1 for 2');
  });
});
