import { textOf } from '../text-of';
import { expect, test } from '@playwright/test';
import { content } from '../fixtures/content';
import { presetAnswers, seedStorage } from './support/app';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');

test('opening a preset from the landing page shows its page, and Make it mine saves it', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: `Open this example: ${textOf(seedSaas?.title, 'en') ?? ''}` })
    .click();

  await expect(page).toHaveURL(/\/en\/p\/seed-saas\/$/);
  await expect(page.getByRole('region', { name: textOf(seedSaas?.title, 'en') })).toBeVisible();
  await page.getByRole('button', { name: 'Make it mine' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('Seed', { exact: true })).toBeVisible();
});

test('making a preset mine over saved answers asks first, and Keep keeps them', async ({
  page,
}) => {
  await seedStorage(page, { lang: 'en', answers: { stage: 'later' } });
  await page.goto('/p/seed-saas');
  const makeItMine = page.getByRole('button', { name: 'Make it mine' });

  await makeItMine.click();
  const dialog = page.getByRole('dialog', { name: 'Replace your answers?' });
  await expect(dialog).toBeVisible();
  // The safe answer has the focus, so Enter never replaces the answers by accident.
  await expect(dialog.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/p\/seed-saas$/);

  await makeItMine.click();
  await page.getByRole('button', { name: 'Replace my answers' }).click();
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
    '/en/questions/stage-and-team',
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
