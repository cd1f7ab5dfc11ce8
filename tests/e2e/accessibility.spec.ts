import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { appScreens } from './support/screens';

for (const lang of ['en', 'ja'] as const) {
  for (const screen of appScreens) {
    test(`${screen.name} has no axe violations in ${lang}`, async ({ page }) => {
      await expectNoAxeViolations(page, lang, screen);
    });
  }
}
