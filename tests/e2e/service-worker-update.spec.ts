import { expect, test } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { answersStorageKey, presetAnswers, seedStorage } from './support/app';
import { createStaticHost } from './support/static-host';

/**
 * A new deploy while someone has the app open: the build in dist/ (made by the web server of this
 * suite) on a host whose service worker changes bytes when `deploy` goes up, as a real deploy's
 * precache list does.
 */
let deploy = 1;
const host = createStaticHost({
  dir: 'dist',
  base: '/',
  transform: (sitePath, body) =>
    sitePath === '/sw.js' ? Buffer.concat([body, Buffer.from(`\n// deploy ${deploy}\n`)]) : body,
});

test.beforeAll(async () => {
  await new Promise<void>((resolve) => host.listen(0, resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('after a new deploy the user is offered the new version and keeps the answers', async ({
  page,
}) => {
  const origin = `http://localhost:${(host.address() as AddressInfo).port}`;
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto(`${origin}/review`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const answersBefore = await page.evaluate((key) => localStorage.getItem(key), answersStorageKey);

  deploy = 2;
  // A navigation makes the browser look for a new service worker, as any later visit would.
  await page.reload();
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the advisor' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });

  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(prompt).toBeHidden();
  // The new worker took over: none is left waiting.
  const registration = await page.evaluate(async () => {
    const current = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(current?.waiting), active: current?.active?.state };
  });
  expect(registration).toEqual({ waiting: false, active: 'activated' });
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), answersStorageKey)).toBe(
    answersBefore,
  );
});
