import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

// The layout estimates text widths from characters; these check the real fonts in Chromium.
for (const { lang, width } of [
  { lang: 'ja', width: 360 },
  { lang: 'en', width: 360 },
  { lang: 'ja', width: 1366 },
] as const) {
  test(`the stack diagram in ${lang} at ${width} px keeps its text legible and inside its boxes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await seedStorage(page, { lang, answers: presetAnswers('later-fintech-ledger') });
    await page.goto('/results');
    const diagram = page.locator('figure > svg[role="img"]');
    await expect(diagram).toBeVisible();

    const measured = await diagram.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const fontSizes = [...svg.querySelectorAll('text')].map(
        (text) => Number(text.getAttribute('font-size')) * scale,
      );
      const overflowing = [...svg.querySelectorAll('g > g')].flatMap((box) => {
        const frame = (box.querySelector('rect') as SVGRectElement).getBBox();
        return [...box.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, bounds: text.getBBox() }))
          .filter(
            ({ bounds }) =>
              bounds.x < frame.x ||
              bounds.x + bounds.width > frame.x + frame.width ||
              bounds.y < frame.y ||
              bounds.y + bounds.height > frame.y + frame.height,
          )
          .map(({ text }) => text);
      });
      const tooltips = [...svg.querySelectorAll('g > g > title')].map((title) => title.textContent);
      return { smallestFont: Math.min(...fontSizes), overflowing, tooltips };
    });

    expect(measured.smallestFont, 'no text drawn below 12 px').toBeGreaterThanOrEqual(12);
    expect(measured.overflowing, 'text that runs out of its box').toEqual([]);
    expect(measured.tooltips.length, 'every box has its full text as a tooltip').toBeGreaterThan(5);
    expect(measured.tooltips.every(Boolean)).toBe(true);
  });
}
