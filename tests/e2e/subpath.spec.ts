import { expect, test } from '@playwright/test';
import { walkThrough } from './support/walk-through';

// The build from `BASE_PATH=/advisor/ npm run build`, served by a plain static host (see
// playwright.config.ts) with the SPA rewrite and the production headers.
test.use({ baseURL: 'http://localhost:4187' });

test('the app built for /advisor/ works there, from landing to results', async ({ page }) => {
  await walkThrough(page, '/advisor');
  await expect(page).toHaveURL(/^http:\/\/localhost:4187\/advisor\/en\/results$/);
});

test('a deep link under the sub-path opens its page after a reload', async ({ page }) => {
  await page.goto('/advisor/review');
  await expect(page, 'a link from before languages gets one').toHaveURL(/\/advisor\/en\/review$/);
  await page.reload();
  await expect(page).toHaveURL(/\/advisor\/en\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const manifest = await page.request.get('/advisor/manifest.webmanifest');
  expect(((await manifest.json()) as { scope: string }).scope).toBe('/advisor/');
});

test('copy link on a preset page gives its short URL under the sub-path, which opens it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/advisor/p/seed-saas');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(page.url()).origin}/advisor/en/p/seed-saas/`);

  // The link is the prerendered page's own address: the host serves its HTML, not the shell.
  const served = await (await page.request.get(link)).text();
  expect(served).toContain('<html lang="en">');
  expect(served).toMatch(/<div id="root"><a href="#main"/);
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Make it mine' })).toBeVisible();
});
