import { test } from '@playwright/test';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { content, presetAnswers } from './support/app';
import { expectNoAxeViolations } from './support/axe';

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
      await expectNoAxeViolations(page, lang, screen.path);
    });
  }
}
