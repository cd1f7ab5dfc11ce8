import { existsSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { languages, type Lang } from '../../../src/domain/languages';

/**
 * The pages the performance figures and byte budgets are taken on, in one place, because their
 * addresses are changing: today the language is chosen by localStorage and every page has one
 * address (`legacy`); with prerendered HTML the language is the first path segment (`lang`).
 */
export type PerfPage = 'landing' | 'preset' | 'question';
export type PathStyle = 'lang' | 'legacy';
export const perfLanguages: readonly Lang[] = languages;

/** The example team the figures are taken on, unless a caller names another. */
export const perfPreset = 'seed-saas';

const legacyPaths: Record<PerfPage, (presetId: string) => string> = {
  landing: () => '/',
  preset: (presetId) => `/p/${presetId}`,
  question: () => '/questions/stage-and-team',
};

/**
 * The address of `page` in `lang`: with language paths, its prerendered file's (a `/` at the end).
 * `presetId` names the example team of a `preset` page.
 */
export function pathOf(
  page: PerfPage,
  lang: Lang,
  style: PathStyle,
  presetId: string = perfPreset,
): string {
  const path = legacyPaths[page](presetId);
  return style === 'legacy' ? path : `/${lang}${path.replace(/\/?$/, '/')}`;
}

/**
 * `PERF_PATHS=lang|legacy` when set, else whatever the build in dist/ serves: language paths once
 * it has a prerendered `dist/en/index.html`. Detected rather than fixed so the same figures can be
 * taken before and after the switch without editing anything.
 */
export function pathStyle(env: NodeJS.ProcessEnv = process.env): PathStyle {
  const chosen = env.PERF_PATHS;
  if (chosen === 'lang' || chosen === 'legacy') return chosen;
  if (chosen !== undefined)
    throw new Error(`PERF_PATHS must be "lang" or "legacy", not "${chosen}"`);
  return existsSync('dist/en/index.html') ? 'lang' : 'legacy';
}

/**
 * With legacy paths the language is the one saved in localStorage, so it is seeded before the first
 * script runs; with language paths the address alone must be enough, so nothing is seeded.
 */
export async function chooseLanguage(
  context: BrowserContext,
  lang: Lang,
  style: PathStyle,
): Promise<void> {
  if (style === 'lang') return;
  await context.addInitScript(
    ({ key, value }) => {
      localStorage.setItem(key, value);
    },
    { key: 'stack-advisor.language', value: JSON.stringify({ state: { lang }, version: 1 }) },
  );
}

/** The landing page's way in for a first visit ("Start the questionnaire", 「質問に答える」). */
export const startLinkName = /^(start the questionnaire|質問に答える)$/i;
