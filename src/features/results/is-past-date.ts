/** Whether a content date (YYYY-MM-DD) is today or earlier, by the reader's clock. */
export function isPastDate(isoDate: string, now: Date = new Date()): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getTime() <= now.getTime();
}
