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
