import { expect, test } from '@playwright/test';
import { answerSectionByKeyboard } from './support/keyboard';
import { tabTo } from './support/app';

const walks = [
  {
    lang: 'en',
    start: 'Start the questionnaire',
    answered: /^(\d+) of (\d+) questions answered$/,
    resultsTitle: 'Your recommended stack',
    choices: {
      stage: 'seed',
      team: 'solo',
      clients: ['web'],
      data: ['relational'],
      features: ['auth', 'files'],
      offload: ['db-ops', 'servers', 'patching'],
      deliberating: ['database'],
      sensitive: ['personal'],
    },
  },
  {
    lang: 'ja',
    start: '質問に答える',
    answered: /^(\d+) 問中 (\d+) 問に回答済み$/,
    resultsTitle: 'おすすめのスタック',
    choices: {
      stage: 'growth',
      team: 'medium',
      clients: ['web', 'mobile'],
      data: ['relational', 'key-value'],
      features: ['auth', 'search', 'notifications'],
      offload: ['db-ops', 'logs'],
      deliberating: ['compute'],
      sensitive: ['payments'],
      audits: ['pci-dss'],
    },
  },
] as const;

for (const walk of walks) {
  test(`a newcomer reaches results by keyboard alone in ${walk.lang}`, async ({ page }) => {
    await page.goto('/');
    if (walk.lang === 'ja') {
      await tabTo(page, 'button[lang="ja"]');
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    }
    await tabTo(page, `main a:text-is("${walk.start}")`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/questions\//);

    const outlines: string[] = [];
    while (page.url().includes('/questions/')) {
      await expect(page.locator('main h1')).toBeFocused();
      outlines.push(...(await answerSectionByKeyboard(page, walk.choices)));
    }

    await expect(page).toHaveURL(/\/review$/);
    expect(new Set(outlines), 'focused options show the focus ring').toEqual(new Set(['solid']));
    const summary = await page.locator('main p').filter({ hasText: walk.answered }).innerText();
    const [, answered, total] = walk.answered.exec(summary) ?? [];
    expect(answered, 'every shown question answered').toBe(total);
    expect(Number(total), 'fewer than 25 questions').toBeLessThan(25);

    await tabTo(page, `main a[href="/${walk.lang}/results"]`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByRole('heading', { level: 1, name: walk.resultsTitle })).toBeVisible();
  });
}
