import type { Lang, LocalizedText } from '../domain/localized-text';
import { formatContentDate, formatList, formatNumber, isSingular } from '../domain/language-format';
import { memoize } from '../domain/memoize';
import { formatDateTime } from './format-date-time';
import { useLang } from './use-localize';

export interface Formatters {
  number: (value: number) => string;
  /** A saved ISO timestamp as the user's local date and time. */
  dateTime: (iso: string) => string;
  /** A content date (YYYY-MM-DD), such as a review date, printed as the calendar day it names. */
  contentDate: (isoDate: string) => string;
  /** "A, B, and C" / 「A、B、C」: several chosen options in one phrase. */
  list: (items: readonly string[]) => string;
  /** Sentences as one paragraph: a space between them in English, none after a Japanese 。. */
  sentences: (items: readonly string[]) => string;
  /** Picks the singular or plural message by the language's own plural rules. */
  plural: (count: number, forms: { one: LocalizedText; other: LocalizedText }) => LocalizedText;
}

/**
 * Everything is written as Intl would write it, without Intl (see language-format.ts), so no
 * page starts ICU to format.
 */
function createFormatters(lang: Lang): Formatters {
  return {
    number: formatNumber,
    dateTime: (iso) => formatDateTime(lang, new Date(iso)),
    contentDate: (isoDate) => formatContentDate(lang, isoDate),
    list: (items) => formatList(lang, items),
    sentences: (items) => items.join(lang === 'ja' ? '' : ' '),
    plural: (count, forms) => (isSingular(lang, count) ? forms.one : forms.other),
  };
}

/** The formatters of one language, made once and shared by every component. */
export const formattersFor = memoize(createFormatters, new Map<Lang, Formatters>());

/** Numbers, dates, lists and plurals in the UI language. */
export function useFormat(): Formatters {
  return formattersFor(useLang());
}
