import { expect, test } from '@playwright/test';
import { answersStorageKey, presetAnswers, seedStorage } from './support/app';
import { stackPicks } from './support/stack-picks';

test('a shared link opened in a fresh browser context shows the same stack', async ({
  browser,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, { lang: 'en', answers: presetAnswers('iot-telemetry') });
  await page.goto('/results');
  const mine = await stackPicks(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/[^/]+\/en\/s\?st=[^&]+&.*v=\d+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await stackPicks(other)).toEqual(mine);
  await expect(other.getByRole('region', { name: 'Answers from a shared link' })).toBeVisible();
  await fresh.close();
});

test('a tampered link keeps what it can and lists the rest without overwriting saved answers', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/s?st=growth&tm=%E0%A4%A&da=rel.nosuch&zz=1&v=99');

  const notice = page.getByRole('region', { name: 'Part of this link could not be read' });
  await expect(notice).toContainText('newer questionnaire');
  await expect(page.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page).toHaveURL(/\/results$/);
  const saved = await page.evaluate((key) => localStorage.getItem(key), answersStorageKey);
  expect(saved).toContain('"stage":"seed"');
  expect(errors).toEqual([]);
});

test('a link of 4,000 junk parts lists five of them and keeps the results near the top', async ({
  page,
}) => {
  await page.goto(`/s?st=seed&${Array<string>(4000).fill('x').join('&')}&v=2`);
  const notice = page.getByRole('region', { name: 'Part of this link could not be read' });
  await expect(notice.getByRole('listitem')).toHaveCount(5);
  await expect(notice).toContainText('3,995 more are not listed.');
  // Every problem listed put the results 100,000 px down the page.
  const top = await page
    .getByRole('article')
    .first()
    .evaluate((article) => article.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(3000);
});
