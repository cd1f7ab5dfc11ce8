import type { Lang } from '../domain/languages';

const shortMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A moment in the reader's time zone as `Intl.DateTimeFormat(lang, { dateStyle: 'medium',
 * timeStyle: 'short' })` writes it ("Dec 2, 2026, 2:09 PM" / 「2026/12/02 14:09」), without
 * starting ICU: the landing page shows when answers were saved on its first paint. Kept out of
 * src/domain because it reads the time zone of the machine it runs on.
 */
export function formatDateTime(lang: Lang, date: Date): string {
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const hours = date.getHours();
  if (lang === 'ja') {
    const month = String(date.getMonth() + 1).padStart(2, '0');
    const day = String(date.getDate()).padStart(2, '0');
    return `${date.getFullYear()}/${month}/${day} ${hours}:${minutes}`;
  }
  const month = shortMonths[date.getMonth()] ?? '';
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${month} ${date.getDate()}, ${date.getFullYear()}, ${clock}`;
}
