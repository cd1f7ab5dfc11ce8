import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { runAdviseCli } from '../../src/node/advise-cli';
import { content } from '../fixtures/content';
import { presetAnswers, seedStorage } from './support/app';

const date = '2026-11-24';

/**
 * What `npm run advise` prints for a preset; the browser's download must equal it byte for byte.
 * scripts/advise.ts only loads content/ and writes this function's stdout, so calling it here gives
 * the command line's document without starting a process per test.
 */
function commandLineMarkdown(preset: string, lang: 'en' | 'ja', appUrl: string): string {
  const result = runAdviseCli(
    ['--preset', preset, '--format', 'md', '--lang', lang, '--date', date, '--app-url', appUrl],
    content,
    () => {
      throw new Error('the export test reads no answers file');
    },
  );
  expect(result.stderr, 'command line stderr').toBe('');
  expect(result.exitCode, 'command line exit code').toBe(0);
  return result.stdout;
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
