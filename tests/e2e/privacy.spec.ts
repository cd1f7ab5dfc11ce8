import { expect, test } from '@playwright/test';
import { walkThrough } from './support/walk-through';

test('a full walk-through requests nothing from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: URLs never leave the browser.
    if (url.protocol !== 'data:' && url.origin !== origin) elsewhere.push(request.url());
  });
  await walkThrough(page);
  await page.reload();
  expect(elsewhere).toEqual([]);
});
