import { useMemo } from 'react';
import type { LocalizedText } from '../domain/localized-text';
import { useLang } from './use-localize';

export interface Formatters {
  number: (value: number) => string;
  /** A saved ISO timestamp as the user's local date and time. */
  dateTime: (iso: string) => string;
  /** "A, B and C" / 「A、B、C」: several chosen options in one phrase. */
  list: (items: readonly string[]) => string;
  /** Picks the singular or plural message by the language's own plural rules. */
  plural: (count: number, forms: { one: LocalizedText; other: LocalizedText }) => LocalizedText;
}

/** Numbers, dates and plurals through Intl, in the UI language. */
export function useFormat(): Formatters {
  const lang = useLang();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(lang);
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const plurals = new Intl.PluralRules(lang);
    const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    return {
      number: (value) => numbers.format(value),
      dateTime: (iso) => dates.format(new Date(iso)),
      list: (items) => lists.format(items),
      plural: (count, forms) => (plurals.select(count) === 'one' ? forms.one : forms.other),
    };
  }, [lang]);
}
