import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './support/app';

/** The content text tables the page itself fetches, by name: `catalog-texts-ja` and so on. */
function recordTextTables(page: Page): string[] {
  const tables: string[] = [];
  page.on('request', (request) => {
    const name = /\/((?:catalog|questionnaire)-texts-(?:en|ja))-[\w-]+\.js$/.exec(
      new URL(request.url()).pathname,
    )?.[1];
    if (name) tables.push(name);
  });
  return tables;
}

test('results load the texts of the UI language only, and the other language on switching', async ({
  page,
}) => {
  await seedStorage(page, { lang: 'ja' });
  const tables = recordTextTables(page);
  const databaseCardTitle = page.locator('#slot-primary-database-name');

  await page.goto('/p/seed-saas');
  await expect(databaseCardTitle).toHaveText('メインのデータベース');
  expect(tables.toSorted()).toEqual(['catalog-texts-ja', 'questionnaire-texts-ja']);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(databaseCardTitle).toHaveText('Primary database');
  expect(tables.toSorted()).toEqual([
    'catalog-texts-en',
    'catalog-texts-ja',
    'questionnaire-texts-en',
    'questionnaire-texts-ja',
  ]);
});

test('the question pages never load the catalog', async ({ page }) => {
  const tables = recordTextTables(page);
  await page.goto('/questions/stage-and-team');
  await expect(page.getByRole('heading', { name: 'Stage and team' })).toBeVisible();

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: 'ステージとチーム' })).toBeVisible();
  expect(tables).toEqual(['questionnaire-texts-en', 'questionnaire-texts-ja']);
});
