import type { Page } from '@playwright/test';
import type { Answers } from '../../../src/domain/answers';
import type { Lang } from '../../../src/domain/languages';
import { content } from '../../fixtures/content';

const languageStorageKey = 'stack-advisor.language';
export const answersStorageKey = 'stack-advisor.answers';

/** The answers of a preset, straight from content/. */
export function presetAnswers(id: string): Answers {
  const preset = content.presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset "${id}"`);
  return preset.answers;
}

/**
 * Seeds localStorage before the app loads, only where nothing is saved yet, so whatever the page
 * itself saves later (a language switch, a changed answer) survives reloads.
 */
export async function seedStorage(
  page: Page,
  { lang, answers }: { lang?: Lang; answers?: Answers },
): Promise<void> {
  await page.addInitScript(
    ({ entries }) => {
      for (const [key, value] of entries) {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      }
    },
    {
      entries: [
        ...(lang ? [[languageStorageKey, JSON.stringify({ state: { lang }, version: 1 })]] : []),
        ...(answers
          ? [[answersStorageKey, JSON.stringify({ state: { answers }, version: 1 })]]
          : []),
      ] as [string, string][],
    },
  );
}

/** Presses Tab until `selector` has focus; fails after `limit` presses. Keyboard only. */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}
