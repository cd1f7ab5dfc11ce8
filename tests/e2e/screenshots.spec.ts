import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

const screens = [
  { name: 'landing', path: '/' },
  { name: 'question', path: '/questions/product' },
  { name: 'results', path: '/results' },
] as const;

// Saved for people to look at (tests/e2e/screenshots/ is git-ignored), not compared pixel by pixel.
for (const lang of ['en', 'ja'] as const) {
  for (const viewport of viewports) {
    test(`screenshots in ${lang} at ${viewport.width}x${viewport.height}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await seedStorage(page, { lang, answers: presetAnswers('seed-saas') });
      for (const screen of screens) {
        await page.goto(screen.path);
        await expect(page.locator('main h1')).toBeVisible();
        await page.screenshot({
          path: `tests/e2e/screenshots/${screen.name}-${lang}-${viewport.name}.png`,
          fullPage: true,
        });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    });
  }
}

test('a question page in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/questions/stage-and-team');
  await expect(page.locator('main h1')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/question-en-desktop-dark.png' });
});
