import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

const date = '2026-11-24';

/** What the command line prints for a preset; the browser's download must equal it byte for byte. */
function commandLineMarkdown(preset: string, lang: 'en' | 'ja', appUrl: string): string {
  return execFileSync(
    'npx',
    [
      'tsx',
      'scripts/advise.ts',
      '--preset',
      preset,
      '--format',
      'md',
      '--lang',
      lang,
      '--date',
      date,
      '--app-url',
      appUrl,
    ],
    { encoding: 'utf8' },
  );
}

for (const lang of ['en', 'ja'] as const) {
  test(`Download .md gives the command line's document in ${lang}`, async ({ page }) => {
    await seedStorage(page, { lang, answers: presetAnswers('seed-saas') });
    await page.goto('/results');
    await page.getByLabel(lang === 'en' ? 'Date' : '日付', { exact: true }).fill(date);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: lang === 'en' ? 'Download .md' : '.md をダウンロード' })
        .click(),
    ]);

    expect(download.suggestedFilename()).toBe(`stack-advice-${date}.md`);
    const text = await readFile(await download.path(), 'utf8');
    // The app links back to its share route on whatever address it is served from.
    const appUrl = new URL('/s', page.url()).href;
    expect(text).toBe(commandLineMarkdown('seed-saas', lang, appUrl));
  });
}

test('a hostile project name never runs script and the page does not overflow at 360 px', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 360, height: 800 });
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  const name = `<img src=x onerror=alert(1)><script>alert(2)</script> | # * _ [x](javascript:alert(3)) ${'🚀مشروع'.repeat(40)}`;
  await page.getByLabel('Project name (optional)').fill(name);

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { level: 4 })).toContainText('<img src=x');
  expect(await preview.locator('img, script').count()).toBe(0);
  expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(dialogs).toEqual([]);
});
