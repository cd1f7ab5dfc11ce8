import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const screens = [
  { name: 'landing', path: '/' },
  { name: 'a question page', path: '/questions/product' },
  { name: 'review', path: '/review' },
  { name: 'results', path: '/results' },
] as const;

for (const lang of ['en', 'ja'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in ${lang}`, async ({ page }) => {
      await expectNoAxeViolations(page, lang, screen.path);
    });
  }
}
