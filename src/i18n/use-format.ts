import type { Lang, LocalizedText } from '../domain/localized-text';
import { memoize } from '../domain/memoize';
import { contentDateInstant } from './content-date';
import { useLang } from './use-localize';

export interface Formatters {
  number: (value: number) => string;
  /** A saved ISO timestamp as the user's local date and time. */
  dateTime: (iso: string) => string;
  /** A content date (YYYY-MM-DD), such as a review date, printed as the calendar day it names. */
  contentDate: (isoDate: string) => string;
  /** "A, B and C" / 「A、B、C」: several chosen options in one phrase. */
  list: (items: readonly string[]) => string;
  /** Sentences as one paragraph: a space between them in English, none after a Japanese 。. */
  sentences: (items: readonly string[]) => string;
  /** Picks the singular or plural message by the language's own plural rules. */
  plural: (count: number, forms: { one: LocalizedText; other: LocalizedText }) => LocalizedText;
}

/**
 * Each Intl object is made on first use: the first one on a page initialises ICU's locale data,
 * which took 40 ms in English and 90 ms in Japanese in headless Chromium on the CI machine, so a
 * page that formats nothing should not pay for it.
 */
function createFormatters(lang: Lang): Formatters {
  let numbers: Intl.NumberFormat | undefined;
  let dateTimes: Intl.DateTimeFormat | undefined;
  let contentDates: Intl.DateTimeFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  let lists: Intl.ListFormat | undefined;
  return {
    number: (value) =>
      // Both languages write whole numbers below 1,000 as plain digits, so the counts most pages
      // show need no Intl, and a page that shows only those never starts ICU.
      // (Intl writes -0 as "-0", String as "0".)
      Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)
        ? String(value)
        : (numbers ??= new Intl.NumberFormat(lang)).format(value),
    dateTime: (iso) =>
      (dateTimes ??= new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        timeStyle: 'short',
      })).format(new Date(iso)),
    contentDate: (isoDate) =>
      (contentDates ??= new Intl.DateTimeFormat(lang, {
        dateStyle: 'long',
        timeZone: 'UTC',
      })).format(contentDateInstant(isoDate)),
    list: (items) =>
      (lists ??= new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items),
    sentences: (items) => items.join(lang === 'ja' ? '' : ' '),
    plural: (count, forms) =>
      (plurals ??= new Intl.PluralRules(lang)).select(count) === 'one' ? forms.one : forms.other,
  };
}

/** The formatters of one language, made once and shared by every component. */
export const formattersFor = memoize(createFormatters, new Map<Lang, Formatters>());

/** Starts ICU ahead of a render that will format dates or lists (see createFormatters). */
export function prepareFormatters(lang: Lang): void {
  formattersFor(lang).list([]);
}

/** Numbers, dates and plurals through Intl, in the UI language. */
export function useFormat(): Formatters {
  return formattersFor(useLang());
}
