import { expect, test, type Locator, type Page } from '@playwright/test';
import { singleLine } from '../../src/domain/markdown/escape-markdown';
import { hostile } from '../fixtures/hostile-strings';
import { answersStorageKey, presetAnswers, seedStorage } from './support/app';

/**
 * The hostile corpus in every place a user can type: the project name (the only free-text field;
 * the date field accepts dates only), a share link's query and a preset address. Nothing may run,
 * nothing may widen the page beyond wrapping, and nothing typed may be lost.
 */

/** Collects what would show that something ran: dialogs and uncaught page errors. */
function watchForExecution(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

async function expectInert(page: Page, area: Locator, label: string): Promise<void> {
  const active = area.locator(
    'script, img, iframe, object, embed, a[href^="javascript" i], [onerror], [onload]',
  );
  expect(await active.count(), `${label}: no active element`).toBe(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label}: no horizontal scrolling`).toBeLessThanOrEqual(0);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
});

test('every hostile project name reaches the exported document whole, as text', async ({
  page,
}) => {
  const seen = watchForExecution(page);
  await page.goto('/results');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const field = page.getByLabel('Project name (optional)');
  const preview = page.getByRole('region', { name: 'Preview' });

  for (const text of hostile) {
    const label = JSON.stringify(text).slice(0, 40);
    await field.fill(text);
    // A one-line field drops line breaks as the user types; what it holds is what must survive.
    const typed = await field.inputValue();
    // The document's title renders back to exactly what was typed, on one line.
    await expect(preview.getByRole('heading', { level: 4 }), label).toHaveText(
      `AWS stack advice for ${singleLine(typed)}`,
    );
    await expectInert(page, preview, label);
  }
  expect(seen).toEqual({ dialogs: [], errors: [] });
});

test('hostile share links and preset addresses are reported as text and lose no saved answers', async ({
  page,
}) => {
  const seen = watchForExecution(page);
  await page.goto('/');
  const saved = await page.evaluate((key) => localStorage.getItem(key), answersStorageKey);

  for (const text of hostile) {
    const label = JSON.stringify(text).slice(0, 40);
    const encoded = encodeURIComponent(text);
    await page.goto(`/s?st=${encoded}&${encoded}=1&v=1`);
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be read' }),
      label,
    ).toBeVisible();
    await expectInert(page, page.locator('main'), `link ${label}`);

    await page.goto(`/p/${encoded}`);
    await expect(page.getByRole('heading', { level: 1 }), label).toHaveText('No such example team');
    await expectInert(page, page.locator('main'), `preset ${label}`);
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), answersStorageKey)).toBe(saved);
  expect(seen).toEqual({ dialogs: [], errors: [] });
});
