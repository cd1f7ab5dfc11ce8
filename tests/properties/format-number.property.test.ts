import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/domain/languages';
import { formattersFor } from '../../src/i18n/use-format';

describe('number formatting', () => {
  it('writes every number exactly as Intl does in both languages, without Intl', () => {
    const anyNumber = fc.oneof(
      fc.integer({ min: -999, max: 999 }),
      fc.integer(),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...languages), anyNumber, (lang, value) => {
        expect(formattersFor(lang).number(value)).toBe(new Intl.NumberFormat(lang).format(value));
      }),
      { numRuns: 5000 },
    );
  });
});
