import type { Lang } from '../../domain/localized-text';

/**
 * Formats a content date (YYYY-MM-DD) for the reader. Content dates are calendar days, so they
 * are read and printed in UTC: a reader west of Greenwich must not see the day before.
 */
export function formatContentDate(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Whether a content date (YYYY-MM-DD) is today or earlier, by the reader's clock. */
export function isPastDate(isoDate: string, now: Date = new Date()): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getTime() <= now.getTime();
}
