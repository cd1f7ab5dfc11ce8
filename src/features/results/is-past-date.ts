import { contentDateInstant } from '../../i18n/content-date';

/** Whether a content date (YYYY-MM-DD) is today or earlier, by the reader's clock. */
export function isPastDate(isoDate: string, now: Date = new Date()): boolean {
  return contentDateInstant(isoDate).getTime() <= now.getTime();
}
