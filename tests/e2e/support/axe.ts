import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../../src/domain/languages';
import { presetAnswers, seedStorage } from './app';

/**
 * Opens `path` in `lang` with an example team's answers saved, waits for the screen's heading (and
 * for `ready`, a selector, when part of the screen loads later), opens every closed `<details>` and
 * expects axe to find no violations.
 */
export async function expectNoAxeViolations(
  page: Page,
  lang: Lang,
  path: string,
  ready?: string,
): Promise<void> {
  await seedStorage(page, { lang, answers: presetAnswers('growth-marketplace') });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('main h1')).toBeVisible();
  if (ready !== undefined) await expect(page.locator(ready)).toBeVisible();
  // Closed <details> hide text from the scan; open them so every note is checked too.
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
    for (const summary of summaries) summary.parentElement?.setAttribute('open', '');
  });

  const results = await new AxeBuilder({ page }).analyze();

  expect(results.violations).toEqual([]);
}
