import { expect, test } from '@playwright/test';
import { answersStorageKey } from './support/app';

const failures = {
  full: () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  disabled: () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = blocked;
    Storage.prototype.setItem = blocked;
    Storage.prototype.removeItem = blocked;
  },
  // As in some WebViews.
  null: () => {
    Object.defineProperty(window, 'localStorage', { value: null, configurable: true });
  },
};

for (const [name, fail] of Object.entries(failures)) {
  test(`with localStorage ${name}, the user is told and answers are kept while the visit lasts`, async ({
    page,
  }) => {
    await page.addInitScript(fail);
    await page.goto('/questions/stage-and-team');
    await page.getByRole('radio', { name: 'Growth' }).check();
    await expect(page.getByRole('status').first()).toContainText(
      'This browser is not saving your answers',
    );
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await expect(page.getByText('Growth', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

for (const [name, fail] of Object.entries(failures)) {
  test(`with localStorage ${name}, the language still switches, and the user is told`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(fail);
    await page.goto('/review');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '回答の確認' })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText(
      'このブラウザでは回答を保存できません',
    );
    expect(errors).toEqual([]);
  });
}

test('a corrupted save starts fresh with a clear message instead of a crash', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '{"state": {"answers": ');
  }, answersStorageKey);
  await page.goto('/');
  await expect(page.getByRole('status').first()).toContainText(
    'Your saved answers could not be read, so you are starting fresh.',
  );
  await expect(page.getByRole('link', { name: 'Start the questionnaire' })).toBeVisible();
});
