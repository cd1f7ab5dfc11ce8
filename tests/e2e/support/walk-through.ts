import { expect, type Page } from '@playwright/test';
import { presetAnswers, seedStorage } from './app';

/**
 * Every screen a workshop visits, through the header links: landing, the questions (one answer
 * changed), the review, the results and one what-if change there (the export opened too, so its chunk
 * loads). Answers are an example team's,
 * saved before the first load. `prefix` is the base path.
 */
export async function walkThrough(page: Page, prefix = ''): Promise<void> {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto(`${prefix}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questions', exact: true }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'What if?' }).click();
  await page.getByRole('combobox').first().selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Download .md' })).toBeVisible();
}
