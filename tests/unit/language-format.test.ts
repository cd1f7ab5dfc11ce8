import { describe, expect, it } from 'vitest';
import {
  formatContentDate,
  formatList,
  formatNumber,
  isSingular,
} from '../../src/domain/language-format';
import { languages } from '../../src/domain/languages';
import { contentDateInstant } from '../../src/i18n/content-date';
import { formatDateTime } from '../../src/i18n/format-date-time';

// Each function must write exactly what the Intl call it replaces writes, so the oracle is Intl.
describe.each(languages)('formatting in %s without Intl', (lang) => {
  it('joins lists of any length as Intl.ListFormat does', () => {
    const intl = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    const names = ['AWS Lambda', 'Amazon S3', 'Amazon Aurora', 'Amazon SQS', '認証'];
    for (let length = 0; length <= names.length; length += 1) {
      const items = names.slice(0, length);
      expect(formatList(lang, items), `${length} items`).toBe(intl.format(items));
    }
  });

  it('picks the singular exactly where Intl.PluralRules says "one"', () => {
    const rules = new Intl.PluralRules(lang);
    for (const count of [-2, -1, -0, 0, 0.5, 1, 1.5, 2, 3, 11, 21, 101, 1000]) {
      expect(isSingular(lang, count), `count ${count}`).toBe(rules.select(count) === 'one');
    }
  });

  it('writes content dates as the long UTC date Intl gives', () => {
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    const dates = [
      '2026-12-02',
      '2026-01-01',
      '2025-02-28',
      '2024-02-29',
      '2030-09-30',
      '1999-12-31',
    ];
    for (let month = 1; month <= 12; month += 1)
      dates.push(`2027-${String(month).padStart(2, '0')}-15`);
    for (const date of dates) {
      expect(formatContentDate(lang, date), date).toBe(intl.format(contentDateInstant(date)));
    }
  });

  it('throws on a content date that is not YYYY-MM-DD, as Intl does on an invalid date', () => {
    for (const date of ['2026-13-01', '2026-00-10', '2026-12-32', '2026-1-2', 'soon', '']) {
      expect(() => formatContentDate(lang, date), date).toThrow(RangeError);
    }
  });

  // Node applies a change of TZ at once, to Date and Intl alike.
  it.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles'])(
    'writes saved timestamps as the medium date and short time Intl gives, in %s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
        expect(intl.resolvedOptions().timeZone, 'the zone is in effect').toBe(zone);
        const start = Date.UTC(2026, 0, 1);
        // Every hour of the day across every month, with odd minutes: 12 AM, 12 PM, 1 digit hours.
        for (let step = 0; step < 24 * 40; step += 1) {
          const date = new Date(start + step * (9 * 3_600_000 + 7 * 60_000));
          expect(formatDateTime(lang, date), date.toISOString()).toBe(intl.format(date));
        }
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});

describe('number formatting without Intl', () => {
  it('groups thousands, rounds to three decimals half away from zero and keeps the sign of zero', () => {
    const values = [
      0,
      -0,
      7,
      999,
      1000,
      -1234,
      1234.5678,
      1.0005,
      0.0005,
      0.00049,
      -1e-7,
      999.9995,
      1e21,
      2 ** 53 + 2,
    ];
    for (const value of values) {
      expect(formatNumber(value), String(value)).toBe(new Intl.NumberFormat('en').format(value));
    }
  });

  it('writes what Intl writes for NaN and the infinities', () => {
    for (const value of [NaN, Infinity, -Infinity]) {
      expect(formatNumber(value)).toBe(new Intl.NumberFormat('ja').format(value));
    }
  });
});
