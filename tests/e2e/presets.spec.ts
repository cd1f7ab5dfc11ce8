import { textOf } from '../text-of';
import { expect, test } from '@playwright/test';
import { presetMessages } from '../../src/features/presets/messages';
import { content } from '../fixtures/content';
import { answersStorageKey, presetAnswers, seedStorage, tabTo } from './support/app';

for (const lang of ['en', 'ja'] as const) {
  test(`a preset route opens its banner in ${lang}, its note kept off the projector`, async ({
    page,
  }) => {
    const preset = content.presets[0];
    if (!preset) throw new Error('no presets');
    await seedStorage(page, { lang });
    await page.goto(`/p/${preset.id}`);
    const banner = page.getByRole('region', { name: textOf(preset.title, lang) });
    await expect(banner).toBeVisible();
    await expect(banner).not.toContainText(textOf(preset.note, lang));
    await expect(page.locator('main article').first()).toBeVisible();
  });
}

test('the facilitator note is shown and hidden from the keyboard, and the choice survives a reload', async ({
  page,
}) => {
  const preset = content.presets[0];
  if (!preset) throw new Error('no presets');
  await seedStorage(page, { lang: 'ja' });
  await page.goto(`/p/${preset.id}`);
  const banner = page.getByRole('region', { name: textOf(preset.title, 'ja') });
  const toggle = banner.getByRole('button', { name: presetMessages.showNotes.ja });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(banner, 'hidden by default').not.toContainText(textOf(preset.note, 'ja'));

  await tabTo(page, 'main [aria-pressed]');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(banner, 'shown on the mentor’s screen').toContainText(textOf(preset.note, 'ja'));
  await page.reload();
  await expect(banner, 'still shown after a reload').toContainText(textOf(preset.note, 'ja'));

  await tabTo(page, 'main [aria-pressed]');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(banner, 'still hidden after a reload').not.toContainText(textOf(preset.note, 'ja'));
});

test('copy link on a preset page copies its short URL and leaves the saved answers alone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, { lang: 'en', answers: presetAnswers('iot-telemetry') });
  await page.goto('/p/seed-saas');
  const savedAnswers = () => page.evaluate((key) => localStorage.getItem(key), answersStorageKey);
  const before = await savedAnswers();
  expect(before, 'answers were saved before').toContain('"stage"');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();

  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(page.url()).origin}/en/p/seed-saas/`,
  );
  expect(await savedAnswers(), 'saved answers untouched').toBe(before);
  await expect(page).toHaveURL(/\/en\/p\/seed-saas$/);
});

test('an unknown preset gets a friendly page with a way to the gallery', async ({ page }) => {
  await page.goto('/p/no-such-team');
  await expect(page.getByRole('heading', { level: 1, name: 'No such example team' })).toBeVisible();
  await page.getByRole('link', { name: 'See the example teams' }).click();
  await expect(page.getByRole('heading', { name: /example/i }).first()).toBeVisible();
});
