import { test } from '@playwright/test';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { content } from '../fixtures/content';
import { presetAnswers } from './support/app';
import { expectNoAxeViolations } from './support/axe';

/** Every screen, with an example team's answers saved; `ready` is what must show before the scan. */
const screens: readonly { name: string; path: string; ready?: string }[] = [
  { name: 'landing', path: '/' },
  { name: 'a question page', path: '/questions/product' },
  { name: 'review', path: '/review' },
  { name: 'results', path: '/results' },
  // The export panel is a lazy chunk that arrives after the results' heading.
  { name: 'results with the export panel', path: '/results', ready: '#export-title' },
  {
    name: 'a share link',
    path: `/s?${encodeShareLink(presetAnswers('seed-saas'), content.questionnaire)}`,
  },
  { name: 'a broken share link', path: '/s?st=seed&zz=1&tm=nonsense' },
  { name: 'a preset', path: '/p/seed-saas' },
  { name: 'an unknown preset', path: '/p/no-such-team' },
  { name: 'compare', path: '/compare' },
];

for (const lang of ['en', 'ja'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations in ${lang}`, async ({ page }) => {
      await expectNoAxeViolations(page, lang, screen.path, screen.ready);
    });
  }
}
