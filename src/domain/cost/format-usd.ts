/**
 * A USD amount as both languages write it ($1,234 in English and in Japanese, as Intl does for
 * USD): cents below $100, whole dollars from there. Written by hand so that the export stays
 * byte-identical everywhere and a page that shows a price never starts ICU.
 */
export function formatUsd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const value = Math.abs(amount);
  const digits = value < 100 ? value.toFixed(2) : String(Math.round(value));
  const [whole = '0', cents] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${grouped}${cents === undefined ? '' : `.${cents}`}`;
}

/** A count of units with thousands separators: 1,500,000. */
export function formatCount(value: number): string {
  const [whole = '0', fraction] = String(Math.round(value * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
