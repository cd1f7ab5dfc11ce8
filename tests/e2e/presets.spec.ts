import { expect, test } from '@playwright/test';
import { content } from '../fixtures/content';
import { seedStorage } from './support/app';

for (const lang of ['en', 'ja'] as const) {
  test(`a preset route opens its banner in ${lang}`, async ({ page }) => {
    const preset = content.presets[0];
    if (!preset) throw new Error('no presets');
    await seedStorage(page, { lang });
    await page.goto(`/p/${preset.id}`);
    const banner = page.getByRole('region', { name: preset.title[lang] });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(preset.note[lang]);
    await expect(page.locator('main article').first()).toBeVisible();
  });
}

test('an unknown preset gets a friendly page with a way to the gallery', async ({ page }) => {
  await page.goto('/p/no-such-team');
  await expect(page.getByRole('heading', { level: 1, name: 'No such example team' })).toBeVisible();
  await page.getByRole('link', { name: 'See the example teams' }).click();
  await expect(page.getByRole('heading', { name: /example/i }).first()).toBeVisible();
});
