import type { Lang } from '../../domain/localized-text';

/**
 * Formats a content date (YYYY-MM-DD) for the reader. Content dates are calendar days, so they
 * are read and printed in UTC: a reader west of Greenwich must not see the day before.
 */
export function formatContentDate(lang: Lang, isoDate: string): string {
  return contentDateFormat(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

const contentDateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** One formatter per language: building one costs more than rendering a whole slot card. */
function contentDateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = contentDateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    contentDateFormats.set(lang, format);
  }
  return format;
}

/** Whether a content date (YYYY-MM-DD) is today or earlier, by the reader's clock. */
export function isPastDate(isoDate: string, now: Date = new Date()): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getTime() <= now.getTime();
}
