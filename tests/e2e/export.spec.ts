import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { renderAdrFiles } from '../../src/domain/markdown/render-adr-files';
import { exportMessages } from '../../src/features/export/messages';
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

/** Opens the closed "Export as Markdown" section, which loads the panel. */
async function openExport(page: Page, lang: 'en' | 'ja') {
  await page.getByRole('button', { name: exportMessages.title[lang] }).click();
}

for (const lang of ['en', 'ja'] as const) {
  test(`Download .md gives the command line's document in ${lang}`, async ({ page }) => {
    await seedStorage(page, { lang, answers: presetAnswers('seed-saas') });
    await page.goto('/results');
    await openExport(page, lang);
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
    const appUrl = new URL(`/${lang}/s`, page.url()).href;
    expect(text).toBe(commandLineMarkdown('seed-saas', lang, appUrl));
  });
}

const zipLabels = {
  en: { date: 'Date', project: 'Project name (optional)', button: 'Download ADRs (.zip)' },
  ja: { date: '日付', project: 'プロジェクト名（任意）', button: 'ADR をダウンロード（.zip）' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test(`Download ADRs (.zip) gives one MADR file per decision and an index in ${lang}`, async ({
    page,
  }) => {
    const labels = zipLabels[lang];
    await seedStorage(page, { lang, answers: presetAnswers('seed-saas') });
    await page.goto('/results');
    await openExport(page, lang);
    await page.getByLabel(labels.date, { exact: true }).fill(date);
    await page.getByLabel(labels.project, { exact: true }).fill('Acme Corp.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: labels.button }).click(),
    ]);

    const folder = `adr-acme-corp-${lang}`;
    expect(download.suggestedFilename()).toBe(`${folder}.zip`);
    const entries = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.keys(entries), 'the index, then the records in order').toEqual([
      `${folder}/README.md`,
      `${folder}/0001-primary-database.md`,
      `${folder}/0002-auth.md`,
      `${folder}/0003-region.md`,
    ]);
    const text = (name: string) => strFromU8(entries[`${folder}/${name}`] ?? new Uint8Array());
    const index = text('README.md');
    for (const name of ['0001-primary-database.md', '0002-auth.md', '0003-region.md']) {
      const record = text(name);
      const heading = /^---\nstatus: proposed\ndate: 2026-11-24\n---\n\n# (.+)\n/.exec(record);
      expect(heading, `${name} is a MADR record with its heading`).not.toBeNull();
      expect(record).toContain(
        lang === 'en' ? '## Decision Outcome' : '## Decision Outcome（決定）',
      );
      expect(index, `the index links ${name} by its title`).toContain(
        `[${heading?.[1] ?? ''}](${name})`,
      );
    }
    // The same files, byte for byte, as the command line's `--format adr --out` writes.
    for (const file of renderAdrFiles({
      answers: presetAnswers('seed-saas'),
      content,
      lang,
      date,
      projectName: 'Acme Corp.',
    }))
      expect(text(file.fileName), file.fileName).toBe(file.markdown);
  });
}
