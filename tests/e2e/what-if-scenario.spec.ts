import { expect, test, type Page } from '@playwright/test';
import { answersStorageKey, presetAnswers, seedStorage } from './support/app';

/** The backend answer saved in localStorage, read as the app would read it on the next visit. */
async function savedBackend(page: Page): Promise<unknown> {
  const saved = await page.evaluate((key) => localStorage.getItem(key), answersStorageKey);
  const parsed = JSON.parse(saved ?? '{}') as { state?: { answers?: Record<string, unknown> } };
  return parsed.state?.answers?.backend;
}

/** The `be` (backend) value of the link that Copy link puts on the clipboard. */
async function copiedBackend(page: Page): Promise<string | null> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  return new URL(link).searchParams.get('be');
}

/** The backend answer as the review page shows it, then back to the results. */
async function reviewedBackend(page: Page): Promise<string | null> {
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  const answer = page.locator('dt:text-is("How do you want to build the backend?") + dd');
  await expect(answer).toBeVisible();
  const text = await answer.textContent();
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  return text;
}

test('a what-if on the results page leaves the saved answers alone, through a reload, until Keep', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  await page.getByRole('button', { name: 'What if?' }).click();
  const whatIf = page.getByRole('region', { name: 'What if?' });
  const backend = whatIf.getByRole('combobox', { name: 'How do you want to build the backend?' });
  const summary = page.getByRole('region', { name: 'Changed from your answers' });

  await backend.selectOption({ label: 'Containers' });
  await expect(summary).toContainText('Serverless functions → Containers');
  await page.reload();

  await expect(
    page.getByText('These results include changes you are trying out, not saved as your answers.'),
    'the page says the changes are not saved',
  ).toBeVisible();
  await expect(summary, 'the scenario outlives the reload, its part open').toContainText(
    'Serverless functions → Containers',
  );
  await expect(backend).toHaveValue('containers');
  expect(await savedBackend(page), 'localStorage after the reload').toBe('functions');
  expect(await copiedBackend(page), 'Copy link after the reload').toBe('fn');
  expect(await reviewedBackend(page), 'the review page').toBe('Serverless functions');

  await summary.getByRole('button', { name: 'Keep these changes' }).click();
  await expect(summary, 'kept: the scenario is empty').toBeHidden();
  await expect(page.getByRole('heading', { name: 'What if?' })).toBeFocused();
  expect(await savedBackend(page), 'localStorage after Keep').toBe('containers');
  expect(await copiedBackend(page), 'Copy link after Keep').toBe('ctr');
  expect(await reviewedBackend(page), 'the review page after Keep').toBe('Containers');

  await page.reload();
  await page.getByRole('button', { name: 'What if?' }).click();
  await expect(backend, 'kept through a reload').toHaveValue('containers');
  await expect(summary).toBeHidden();
});

test('Back to my answers drops the scenario, and a new tab starts from the saved answers', async ({
  page,
  context,
}) => {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  await page.getByRole('button', { name: 'What if?' }).click();
  const backend = page.getByRole('combobox', { name: 'How do you want to build the backend?' });
  await backend.selectOption({ label: 'Containers' });

  const other = await context.newPage();
  await other.goto('/results');
  await other.getByRole('button', { name: 'What if?' }).click();
  await expect(
    other.getByRole('combobox', { name: 'How do you want to build the backend?' }),
    'sessionStorage belongs to one tab',
  ).toHaveValue('functions');
  await other.close();

  await page.getByRole('button', { name: 'Back to my answers' }).click();
  await expect(backend).toHaveValue('functions');
  await expect(page.getByRole('region', { name: 'Changed from your answers' })).toBeHidden();
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'What if?' }),
    'no scenario, so the part starts closed',
  ).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'What if?' }).click();
  await expect(backend, 'nothing comes back after a reload').toHaveValue('functions');
  expect(await savedBackend(page)).toBe('functions');
});
