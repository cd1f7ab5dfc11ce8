import { expect, test, type Page } from '@playwright/test';
import { compareMessages } from '../../src/features/compare/messages';
import { presetAnswers, seedStorage } from './support/app';

test('compare is reached from the header and downloads its Markdown', async ({ page }) => {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two stacks' })).toBeVisible();

  await page.getByRole('radio', { name: 'My answers now and one stage later' }).check();
  await expect(page.getByRole('region', { name: 'Stack' })).toContainText(
    'My answers, one stage later',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download comparison (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stack-comparison-\d{4}-\d{2}-\d{2}\.md$/);
});

/** How many lines each cell's text takes, and how many characters it has. */
function measureCells(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const tops = [...range.getClientRects()].map((rect) => Math.round(rect.top));
      // Rects of one line differ by a pixel or two (a <strong> inside, rounding).
      const lines = tops
        .sort((a, b) => a - b)
        .filter((top, i, sorted) => i === 0 || top - (sorted[i - 1] ?? top) > 2).length;
      const text = cell.textContent.trim();
      return { text, lines, characters: text.length };
    }),
  );
}

for (const width of [360, 768, 1366]) {
  test(`one stage later names both stages and stays legible at ${width} px in Japanese`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await seedStorage(page, { lang: 'ja', answers: presetAnswers('seed-saas') });
    await page.goto('/compare');
    await page.getByRole('radio', { name: compareMessages.modeNextStage.ja }).check();
    await expect(page.getByText('比べるステージ：シード期 → アーリー期')).toBeVisible();
    const stack = page.getByRole('region', { name: compareMessages.stack.ja });
    await expect(stack.getByRole('columnheader').nth(1)).toHaveText('今の自分の回答（シード期）');
    await expect(stack.getByRole('columnheader').nth(2)).toHaveText(
      '1 つ先のステージの自分の回答（アーリー期）',
    );
    // On a phone the header row is for screen readers only: every cell names its column instead.
    const namesShown = await stack
      .locator('td')
      .first()
      .evaluate((cell) => {
        const before = getComputedStyle(cell, '::before').content;
        return before === 'none' ? cell.closest('table')?.tHead?.innerText : before;
      });
    expect(namesShown, 'the stage is named where the values are').toContain('シード期');

    const statuses = await measureCells(page, 'main td:last-child');
    expect(statuses.length, 'status cells were measured').toBeGreaterThan(10);
    for (const status of statuses) {
      expect(status.lines, `「${status.text}」 on one line`).toBe(1);
    }
    for (const cell of await measureCells(page, 'main tbody th, main td')) {
      expect(
        cell.characters / cell.lines,
        `「${cell.text}」 keeps at least four characters a line`,
      ).toBeGreaterThanOrEqual(Math.min(4, cell.characters));
    }
  });
}
