import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

test('compare is reached from the header and downloads its Markdown', async ({ page }) => {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two stacks' })).toBeVisible();

  await page.getByRole('radio', { name: 'My answers now and one stage later' }).check();
  await expect(page.getByRole('region', { name: 'Stack' })).toContainText(
    'My answers, one stage later',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download comparison (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stack-comparison-\d{4}-\d{2}-\d{2}\.md$/);
});
