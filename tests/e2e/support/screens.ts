import { expect, type Page } from '@playwright/test';
import type { Lang } from '../../../src/domain/languages';
import { encodeShareLink } from '../../../src/domain/share-link/encode-share-link';
import { compareMessages } from '../../../src/features/compare/messages';
import { exportMessages } from '../../../src/features/export/messages';
import { layoutMessages } from '../../../src/features/results/layout-messages';
import { presetMessages } from '../../../src/features/presets/messages';
import { content } from '../../fixtures/content';
import { presetAnswers, seedStorage } from './app';

/**
 * A screen to check: where it is, what must show before checking (`ready`, a selector, when part
 * of the screen loads after its heading) and what a user does first to reach its state (`act`).
 */
export interface AppScreen {
  name: string;
  path: string;
  ready?: string;
  act?: (page: Page, lang: Lang) => Promise<void>;
}

/** Every screen of the app, in every state a room or a mentor sees. */
export const appScreens: readonly AppScreen[] = [
  { name: 'landing', path: '/' },
  { name: 'the first question page', path: '/questions/stage-and-team' },
  { name: 'a later question page', path: '/questions/product' },
  { name: 'review', path: '/review' },
  { name: 'results', path: '/results' },
  // The export panel is a lazy chunk that loads when its section is opened.
  {
    name: 'results with every part and the export panel open',
    path: '/results',
    act: async (page, lang) => {
      await page.getByRole('button', { name: layoutMessages.openAll[lang] }).click();
      await page.getByRole('button', { name: exportMessages.title[lang] }).click();
      await expect(page.getByLabel(exportMessages.projectName[lang])).toBeVisible();
    },
  },
  {
    name: 'a share link',
    path: `/s?${encodeShareLink(presetAnswers('seed-saas'), content.questionnaire)}`,
  },
  { name: 'a broken share link', path: '/s?st=seed&zz=1&tm=nonsense' },
  { name: 'a preset in presenter view', path: '/p/seed-saas' },
  {
    name: 'a preset with its facilitator note shown',
    path: '/p/seed-saas',
    act: async (page, lang) => {
      await page.getByRole('button', { name: presetMessages.showNotes[lang] }).click();
      await expect(
        page.getByRole('heading', { name: presetMessages.facilitatorNote[lang] }),
      ).toBeVisible();
    },
  },
  { name: 'an unknown preset', path: '/p/no-such-team' },
  { name: 'compare', path: '/compare' },
  {
    name: 'compare with one stage later',
    path: '/compare',
    act: async (page, lang) => {
      await page.getByRole('radio', { name: compareMessages.modeNextStage[lang] }).check();
    },
  },
  { name: 'a page that does not exist', path: '/no-such-page' },
];

/**
 * Opens a screen in `lang` with an example team's answers saved, as a returning user would, and
 * waits for its heading (and `ready`). Every closed `<details>` is opened, so what it hides is
 * checked too.
 */
export async function openScreen(page: Page, lang: Lang, screen: AppScreen): Promise<void> {
  await seedStorage(page, { lang, answers: presetAnswers('growth-marketplace') });
  await page.goto(screen.path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('main h1')).toBeVisible();
  if (screen.ready !== undefined) await expect(page.locator(screen.ready)).toBeVisible();
  await screen.act?.(page, lang);
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) => {
    for (const summary of summaries) summary.parentElement?.setAttribute('open', '');
  });
}
