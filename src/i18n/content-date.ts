/**
 * The moment a content date (YYYY-MM-DD) begins. Content dates are calendar days, so they are read
 * (and printed) in UTC: a reader west of Greenwich must not see the day before.
 */
export function contentDateInstant(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
