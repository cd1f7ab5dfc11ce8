import type { Lang } from './languages';

/**
 * Lists, plurals, numbers and calendar days written as Intl writes them in English and Japanese,
 * without Intl: the first Intl object on a page starts ICU's locale data, which took 40 ms in
 * English and 90 ms in Japanese in headless Chromium on the CI machine, on the first paint of every
 * page that formats. The product speaks only these two languages, and their rules are short.
 * tests/unit/language-format.test.ts and tests/properties/format-number.property.test.ts hold each
 * function to Intl's output.
 */

/** `Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })`: "A, B, and C" / 「A、B、C」. */
export function formatList(lang: Lang, items: readonly string[]): string {
  if (lang === 'ja') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}

/**
 * `Intl.PluralRules(lang).select(count) === 'one'`: English says "one" for exactly 1 (the integer,
 * not 1.5), Japanese has no singular.
 */
export function isSingular(lang: Lang, count: number): boolean {
  return lang === 'en' && Math.abs(count) === 1;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A content date (YYYY-MM-DD) as `Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })`
 * writes the day it names: "December 2, 2026" / 「2026年12月2日」. Content dates are checked by the
 * content schema, so anything else is a bug and throws, as Intl does for an invalid date.
 */
export function formatContentDate(lang: Lang, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const monthName = month === undefined ? undefined : months[month - 1];
  if (year === undefined || day === undefined || monthName === undefined || day < 1 || day > 31) {
    throw new RangeError(`not a content date: ${isoDate}`);
  }
  return lang === 'ja' ? `${year}年${month}月${day}日` : `${monthName} ${day}, ${year}`;
}

/** The integer digits with a comma between each group of three, as both languages write them. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The decimal digits of a finite, non-negative number, rounded half away from zero to at most
 * three decimals: Intl's default, applied to the shortest decimal that reads back as `value`
 * (what ICU rounds too, so 1.0005 gives 1.001 where `toFixed(3)` gives 1.000).
 */
function roundedDecimal(value: number): { integer: string; fraction: string } {
  if (Number.isSafeInteger(value)) return { integer: String(value), fraction: '' };
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // Where the decimal point falls in `digits`; zeros are added on either side so there are
  // integer digits, three decimals and the digit that decides the rounding.
  const point = Number(exponent) + 1;
  const integerLength = Math.max(point, 1);
  const padded = (point <= 0 ? '0'.repeat(1 - point) + digits : digits).padEnd(
    integerLength + 4,
    '0',
  );
  const kept = padded.slice(0, integerLength + 3);
  const roundUp = (padded[integerLength + 3] ?? '0') >= '5';
  const rounded = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  const integerDigits = rounded.slice(0, rounded.length - 3);
  return {
    integer: integerDigits.replace(/^0+(?=\d)/, ''),
    fraction: rounded.slice(-3).replace(/0+$/, ''),
  };
}

/**
 * `Intl.NumberFormat(lang).format(value)`: grouped by thousands with commas and at most three
 * decimals in both languages; -0 and negatives that round to zero keep their sign, as in Intl.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude === Infinity) return `${sign}∞`;
  const { integer, fraction } = roundedDecimal(magnitude);
  return `${sign}${groupThousands(integer)}${fraction ? `.${fraction}` : ''}`;
}
