import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './support/app';

/**
 * The content text tables the page itself fetches, by name: `catalog-texts-ja`,
 * `example-seed-saas-texts-en` and so on.
 */
function recordTextTables(page: Page): string[] {
  const tables: string[] = [];
  page.on('request', (request) => {
    const name = /\/((?:catalog|questionnaire|example-[a-z-]+?)-texts-(?:en|ja))-[\w-]+\.js$/.exec(
      new URL(request.url()).pathname,
    )?.[1];
    if (name) tables.push(name);
  });
  return tables;
}

/** Opens "what if" unless it is open, and waits until its answers can change: the engine is in. */
async function waitForWhatIf(page: Page, section: string, stageQuestion: string) {
  const toggle = page.getByRole('button', { name: section });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('combobox', { name: stageQuestion })).toBeVisible();
}

test('results load the texts of the UI language only, and the other language on switching', async ({
  page,
}) => {
  await seedStorage(page, { lang: 'ja' });
  const tables = recordTextTables(page);
  const databaseCardTitle = page.locator('#slot-primary-database-name');

  await page.goto('/p/seed-saas');
  await expect(databaseCardTitle).toHaveText('メインのデータベース');
  await waitForWhatIf(page, '回答を変えて試す', 'スタートアップは今どのステージにいますか？');
  expect(tables.toSorted()).toEqual([
    'catalog-texts-ja',
    'example-seed-saas-texts-ja',
    'questionnaire-texts-ja',
  ]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(databaseCardTitle).toHaveText('Primary database');
  await waitForWhatIf(page, 'What if?', 'Which stage is your startup in?');
  expect(tables.toSorted()).toEqual([
    'catalog-texts-en',
    'catalog-texts-ja',
    'example-seed-saas-texts-en',
    'example-seed-saas-texts-ja',
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
