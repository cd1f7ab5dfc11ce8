import { expect, test } from '@playwright/test';
import { answersStorageKey, content, presetAnswers, seedStorage } from './support/app';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');

test('opening a preset from the landing page goes straight to its results', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: `Open this example: ${seedSaas?.title.en ?? ''}` })
    .click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByText('Seed', { exact: true })).toBeVisible();
});

test('opening a preset over saved answers asks first, and Cancel keeps them', async ({ page }) => {
  await seedStorage(page, { lang: 'en', answers: { stage: 'later' } });
  await page.goto('/');
  const open = page.getByRole('button', { name: /^Open this example: / }).first();

  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Replace your answers?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/$/);

  await open.click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(page).toHaveURL(/\/results$/);
});

test('a reload keeps the answers and the page', async ({ page }) => {
  await page.goto('/questions/stage-and-team');
  await page.getByRole('radio', { name: 'Growth' }).check();
  await page.getByRole('radio', { name: '3–10 engineers' }).check();

  await page.reload();

  await expect(page.getByRole('radio', { name: 'Growth' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '3–10 engineers' })).toBeChecked();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute(
    'href',
    '/questions/stage-and-team',
  );
});

test('a deep link to the results opens them directly', async ({ page }) => {
  await seedStorage(page, { answers: presetAnswers('consumer-video-app') });
  await page.goto('/results');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Results' })).toHaveAttribute('aria-current', 'page');
});

test('deep links to a section and to an unknown page work on the static server', async ({
  page,
}) => {
  await page.goto('/questions/failure');
  await expect(page.getByRole('heading', { level: 1, name: 'Design for failure' })).toBeVisible();

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a corrupted saved session shows a notice instead of breaking the app', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '{"state":{"answers":');
  }, answersStorageKey);
  await page.goto('/');
  await expect(page.getByText('Your saved answers could not be read')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
});
