import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

test('after the first visit the app works with the network off', async ({ page, context }) => {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/');
  // The service worker precaches every chunk on install; wait until it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Questions', exact: true }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: a manifest with icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    display: string;
    icons: { sizes: string }[];
  };
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
});
