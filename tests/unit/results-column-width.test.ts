import { describe, expect, it } from 'vitest';
import { resultsColumnWidth } from '../../src/features/results/results-column-width';

// The widths of the diagram's figure measured in Chromium on /p/seed-saas, with the "What if?"
// panel closed and open: the estimate the diagram is first laid out at must match them.
describe('the results column width, worked out before the first paint', () => {
  it.each([
    { viewport: 360, closed: 328, open: 328 },
    { viewport: 414, closed: 382, open: 382 },
    { viewport: 768, closed: 736, open: 736 },
    { viewport: 1024, closed: 928, open: 608 },
    { viewport: 1366, closed: 928, open: 608 },
    { viewport: 1920, closed: 928, open: 608 },
  ])('is what Chromium lays out at $viewport px', ({ viewport, closed, open }) => {
    expect(resultsColumnWidth(viewport, false), 'panel closed').toBe(closed);
    expect(resultsColumnWidth(viewport, true), 'panel beside').toBe(open);
  });
});
