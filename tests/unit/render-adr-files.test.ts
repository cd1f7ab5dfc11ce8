import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/domain/content';
import { languages } from '../../src/domain/localized-text';
import { adrArchiveName } from '../../src/domain/markdown/adr-archive-name';
import { adrIndexFileName, renderAdrFiles } from '../../src/domain/markdown/render-adr-files';
import { joinAdrs, renderAdrs } from '../../src/domain/markdown/render-adrs';
import { content } from '../fixtures/content';

const presetAnswers = (id: string) => {
  const preset = content.presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`fixture: preset ${id} is missing`);
  return preset.answers;
};
const date = '2026-11-24';

/** The `[title](file)` links of an index, in order. */
const indexLinks = (markdown: string) =>
  [...markdown.matchAll(/^\d+\. \[(.+)\]\(([^)]+)\)$/gm)].map(([, title, file]) => ({
    title,
    file,
  }));

describe('the decision records as files', () => {
  it.each(content.presets.flatMap((preset) => languages.map((lang) => [preset.id, lang] as const)))(
    'preset %s in %s: an index, then one numbered record per one-way door',
    (id, lang) => {
      const input = { answers: presetAnswers(id), content, lang, date };
      const files = renderAdrFiles(input);
      const records = renderAdrs(input);
      const names = files.map((file) => file.fileName);

      expect(names[0], 'the index comes first').toBe(adrIndexFileName);
      expect(names.slice(1), 'the records, in the decision log’s order').toEqual(
        records.map((record) => record.fileName),
      );
      expect(new Set(names).size, 'no name twice').toBe(names.length);
      names.slice(1).forEach((name, i) => {
        expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}-[a-z0-9-]+\\.md$`));
      });
      expect(records.length, 'every preset has a one-way door').toBeGreaterThan(0);
      for (const record of records) {
        const file = files.find((candidate) => candidate.fileName === record.fileName);
        expect(file?.markdown, record.fileName).toMatch(
          new RegExp(`^---\\nstatus: proposed\\ndate: ${date}\\n---\\n\\n# .+\\n`),
        );
        expect(file?.markdown.split('\n')[5], 'its heading is its title').toBe(`# ${record.title}`);
      }
      expect(indexLinks(files[0]?.markdown ?? ''), 'the index links every record once').toEqual(
        records.map((record) => ({ title: record.title, file: record.fileName })),
      );
    },
  );

  it('keeps the command line’s single stream a projection of the same records', () => {
    const input = { answers: presetAnswers('seed-saas'), content, lang: 'ja' as const, date };
    expect(joinAdrs(renderAdrFiles(input).slice(1))).toBe(joinAdrs(renderAdrs(input)));
  });

  it('writes the index in the document’s language, with full-width punctuation in Japanese', () => {
    const index = (lang: 'en' | 'ja') =>
      renderAdrFiles({
        answers: presetAnswers('seed-saas'),
        content,
        lang,
        projectName: 'Acme',
      })[0]?.markdown ?? '';
    expect(index('en').split('\n').slice(0, 3)).toEqual([
      '# Architecture Decision Records',
      '',
      'Project: Acme.',
    ]);
    expect(index('en')).toContain('1. [Primary database: Amazon Aurora Serverless v2]');
    expect(index('ja').split('\n').slice(0, 3)).toEqual([
      '# アーキテクチャ決定記録（ADR）',
      '',
      'プロジェクト：Acme',
    ]);
    expect(index('ja')).toContain('1. [メインのデータベース：Amazon Aurora Serverless v2]');
  });

  it('gives the same files for the same input', () => {
    const input = { answers: presetAnswers('growth-marketplace'), content, lang: 'en' as const };
    expect(renderAdrFiles(input)).toEqual(renderAdrFiles(input));
  });

  it('keeps an unlinkable project name as text in the index', () => {
    const [index] = renderAdrFiles({
      answers: presetAnswers('seed-saas'),
      content,
      lang: 'en',
      projectName: '[x](javascript:alert(1)) <b>',
    });
    expect(index?.markdown).toContain('Project: \\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;.');
    expect(indexLinks(index?.markdown ?? '').map((link) => link.file)).toEqual([
      '0001-primary-database.md',
      '0002-auth.md',
      '0003-region.md',
    ]);
  });

  it('says there is nothing to record when no door is one-way', () => {
    // Every door of the content made two-way: the advice then has no record to write.
    const twoWayOnly = JSON.parse(
      JSON.stringify(content).replaceAll('"kind":"one-way"', '"kind":"two-way"'),
    ) as Content;
    const files = renderAdrFiles({
      answers: presetAnswers('seed-saas'),
      content: twoWayOnly,
      lang: 'ja',
    });
    expect(files).toEqual([
      {
        fileName: 'README.md',
        markdown:
          '# アーキテクチャ決定記録（ADR）\n\nこの回答には One-way Door がないため、記録する決定はありません。\n',
      },
    ]);
  });
});

describe('the name of a download of the records', () => {
  it.each([
    ['', 'en', 'adr-stack-en'],
    ['   ', 'ja', 'adr-stack-ja'],
    ['Acme Corp.', 'en', 'adr-acme-corp-en'],
    ['アクメ株式会社', 'ja', 'adr-アクメ株式会社-ja'],
    ['ＡＣＭＥ　２', 'ja', 'adr-acme-2-ja'],
    ['../../etc/passwd', 'en', 'adr-etc-passwd-en'],
    ['a\u202eexe.md\u0000', 'en', 'adr-a-exe-md-en'],
    ['<script>', 'en', 'adr-script-en'],
    ['🚀', 'en', 'adr-stack-en'],
  ] as const)('%j in %s is %s', (projectName, lang, name) => {
    expect(adrArchiveName(projectName, lang)).toBe(name);
  });

  it('cuts a long name to 40 characters without splitting one or ending in a separator', () => {
    expect(adrArchiveName(`${'x'.repeat(39)} ${'y'.repeat(10)}`, 'en')).toBe(
      `adr-${'x'.repeat(39)}-en`,
    );
    expect(adrArchiveName('𠮷'.repeat(100), 'ja')).toBe(`adr-${'𠮷'.repeat(40)}-ja`);
  });
});
