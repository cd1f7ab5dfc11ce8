import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../../src/domain/languages';
import { openScreen, type AppScreen } from './screens';

/** Opens a screen in `lang` (see `openScreen`) and expects axe to find no violations. */
export async function expectNoAxeViolations(
  page: Page,
  lang: Lang,
  screen: AppScreen,
): Promise<void> {
  await openScreen(page, lang, screen);

  const results = await new AxeBuilder({ page }).analyze();

  expect(results.violations).toEqual([]);
}
