import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { content, presetAnswers, seedStorage } from './support/app';

const screens = [
  {
    name: 'a share link',
    path: `/s?${encodeShareLink(presetAnswers('seed-saas'), content.questionnaire)}`,
  },
  { name: 'a broken share link', path: '/s?st=seed&zz=1&tm=nonsense' },
  { name: 'a preset', path: '/p/seed-saas' },
  { name: 'an unknown preset', path: '/p/no-such-team' },
  { name: 'compare', path: '/compare' },
  { name: 'results with the export panel', path: '/results' },
] as const;

for (const lang of ['en', 'ja'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in ${lang}`, async ({ page }) => {
      await seedStorage(page, { lang, answers: presetAnswers('growth-marketplace') });
      await page.goto(screen.path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('main h1')).toBeVisible();
      await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
        for (const summary of summaries) summary.parentElement?.setAttribute('open', '');
      });

      const results = await new AxeBuilder({ page }).analyze();

      expect(results.violations).toEqual([]);
    });
  }
}
