import { textOf } from '../text-of';
import { describe, expect, it } from 'vitest';
import { renderComparisonMarkdown } from '../../src/domain/compare/render-comparison-markdown';
import { languages } from '../../src/domain/localized-text';
import { renderAdrFiles } from '../../src/domain/markdown/render-adr-files';
import { renderMarkdown } from '../../src/domain/markdown/render-markdown';
import { content } from '../fixtures/content';

const date = '2026-11-24';
const preset = (id: string) => {
  const found = content.presets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`fixture: preset ${id} is missing`);
  return found;
};

describe('golden Markdown exports (update with `vitest -u` after a deliberate change)', () => {
  it.each(
    content.presets.flatMap((p) => languages.map((lang) => [p.id, lang, p.answers] as const)),
  )('preset %s in %s renders the reviewed document', async (id, lang, answers) => {
    const markdown = renderMarkdown({ answers, content, lang, date });
    expect(renderMarkdown({ answers, content, lang, date }), 'byte-identical on a second run').toBe(
      markdown,
    );
    await expect(markdown).toMatchFileSnapshot(`../golden/markdown/${id}.${lang}.md`);
  });

  it.each(languages)('the seed-saas decision records in %s are the reviewed ones', async (lang) => {
    const adrs = renderAdrFiles({ answers: preset('seed-saas').answers, content, lang, date });
    expect(adrs.map((adr) => adr.fileName)).toEqual([
      'README.md',
      '0001-primary-database.md',
      '0002-auth.md',
      '0003-region.md',
    ]);
    for (const adr of adrs)
      await expect(adr.markdown).toMatchFileSnapshot(
        `../golden/markdown/adr/seed-saas.${lang}/${adr.fileName}`,
      );
  });

  it.each(languages)('the seed-saas against genai-product comparison in %s', async (lang) => {
    const markdown = renderComparisonMarkdown({
      left: {
        label: textOf(preset('seed-saas').title, lang),
        answers: preset('seed-saas').answers,
      },
      right: {
        label: textOf(preset('genai-product').title, lang),
        answers: preset('genai-product').answers,
      },
      content,
      lang,
      date,
    });
    await expect(markdown).toMatchFileSnapshot(
      `../golden/markdown/compare/seed-saas-vs-genai-product.${lang}.md`,
    );
  });
});
