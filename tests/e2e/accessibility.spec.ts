import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

const screens = [
  { name: 'landing', path: '/' },
  { name: 'a question page', path: '/questions/product' },
  { name: 'review', path: '/review' },
  { name: 'results', path: '/results' },
] as const;

for (const lang of ['en', 'ja'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in ${lang}`, async ({ page }) => {
      await seedStorage(page, { lang, answers: presetAnswers('growth-marketplace') });
      await page.goto(screen.path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main h1')).toBeVisible();
      // Closed <details> hide text from the scan; open them so every note is checked too.
      await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
        for (const summary of summaries) summary.parentElement?.setAttribute('open', '');
      });

      const results = await new AxeBuilder({ page }).analyze();

      expect(results.violations).toEqual([]);
    });
  }
}
