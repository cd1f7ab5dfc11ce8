import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import type { Content } from '../../src/domain/content';
import { renderComparisonMarkdown } from '../../src/domain/compare/render-comparison-markdown';
import { renderAdrs } from '../../src/domain/markdown/render-adrs';
import { renderMarkdown } from '../../src/domain/markdown/render-markdown';
import { content } from '../fixtures/content';
import { hostile } from '../fixtures/hostile-strings';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('fixture: the seed-saas preset is missing');
const answers: Answers = seedSaas.answers;

/** Unescaped `|` in a table row: the column separators Markdown sees. */
function columnSeparators(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i += 1) {
    if (row[i] === '\\') i += 1;
    else if (row[i] === '|') count += 1;
  }
  return count;
}

/** What a renderer sees of a document: its lines' kinds, never their text. */
function structure(markdown: string) {
  const lines = markdown.split('\n');
  const fence = lines.findIndex((line) => line === '```mermaid');
  const fenceEnd = lines.indexOf('```', fence + 1);
  return {
    lineCount: lines.length,
    headings: lines.filter((line) => /^#{1,6} /.test(line)).map((line) => line.split(' ')[0]),
    tableRows: lines.filter((line) => line.startsWith('|')).map(columnSeparators),
    fences: lines.filter((line) => /^\s*(```|~~~)/.test(line)).length,
    listItems: lines.filter((line) => /^\s*([-*+]|\d+\.) /.test(line)).length,
    tasks: lines.filter((line) => /^- \[[ x]\] /.test(line)).length,
    mermaid: lines
      .slice(fence + 1, fenceEnd)
      .map((line) =>
        /^ {2}users\(\["[^"`]*"\]\)$|^ {2}subgraph tier_\w+ \["[^"`]*"\]$|^ {4}slot_\w+\["[^"`]*"\]$|^ {2}end$|^ {2}(users|tier_\w+) --> tier_\w+$|^flowchart TB$/.test(
          line,
        ),
      ),
    blocksStartingWithText: lines.filter((line) => /^[>=]|^ {4}/.test(line)).length,
  };
}

/** No HTML, no link but to https, no hard line break (an unescaped backslash at a line end). */
function expectSafe(markdown: string) {
  expect(markdown).not.toContain('<');
  // Inside the Mermaid block `](` is label text, not a link.
  expect(markdown.replace(/```mermaid[\s\S]*?```/, '')).not.toMatch(/\]\((?!https:\/\/)/);
  expect(markdown).not.toMatch(/(?<!\\)(\\\\)*\\\n/);
}

/** The real content with one string planted in texts the export prints: titles, names, reasons. */
function contentWith(text: string): Content {
  const copy = structuredClone(content);
  const [firstSlot] = copy.slots;
  const service = copy.services.find((candidate) => candidate.id === 'amplify-hosting');
  const [firstRule] = copy.rules[0]?.rules ?? [];
  const [practice] = copy.practices;
  const [stage] = copy.stages;
  const [question] = copy.questionnaire.sections[0]?.questions ?? [];
  const region = copy.decisions.find((decision) => decision.id === 'region');
  if (!firstSlot || !service || !firstRule || !practice || !stage || !question || !region)
    throw new Error('fixture: content changed shape');
  for (const candidate of firstSlot.candidates) candidate.why = { en: text, ja: text };
  firstSlot.title = { en: text, ja: text };
  service.name = text;
  firstRule.reason = { en: text, ja: text };
  practice.title = { en: text, ja: text };
  for (const concern of stage.concerns) concern.label = { en: text, ja: text };
  for (const option of question.options) option.label = { en: text, ja: text };
  question.title = { en: text, ja: text };
  region.door.keepOpen = { en: text, ja: text };
  region.recommendation.default = { en: text, ja: text };
  return copy;
}

const date = '2026-11-24';

describe('the Markdown export with hostile text', () => {
  const baseline = renderMarkdown({ answers, content, lang: 'en', date, projectName: 'Acme' });

  it('has a sane baseline to compare against', () => {
    expectSafe(baseline);
    expect(structure(baseline).mermaid.every(Boolean)).toBe(true);
  });

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'keeps its structure with the project name %s',
    (_name, text) => {
      const markdown = renderMarkdown({ answers, content, lang: 'en', date, projectName: text });
      expectSafe(markdown);
      expect(structure(markdown)).toEqual(structure(baseline));
    },
  );

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'keeps its structure with %s planted in the content',
    (_name, text) => {
      for (const lang of ['en', 'ja'] as const) {
        const reference = renderMarkdown({ answers, content: contentWith('Plain'), lang, date });
        const markdown = renderMarkdown({ answers, content: contentWith(text), lang, date });
        expectSafe(markdown);
        expect(structure(markdown), lang).toEqual(structure(reference));
      }
    },
  );

  it('shows the escaped text rather than dropping it', () => {
    const markdown = renderMarkdown({
      answers,
      content,
      lang: 'en',
      projectName: '&lt;b&gt; | <i>',
    });
    expect(markdown.split('\n')[0]).toBe('# AWS stack advice for &amp;lt;b&amp;gt; \\| &lt;i&gt;');
  });

  it('links back only to an http or https app address', () => {
    const linked = renderMarkdown({
      answers,
      content,
      lang: 'en',
      appUrl: 'https://app.example/(x)',
    });
    expect(linked).toContain('](https://app.example/%28x%29?st=seed&');
    const refused = renderMarkdown({ answers, content, lang: 'en', appUrl: 'javascript:alert(1)' });
    expect(refused).not.toContain('javascript');
    expectSafe(refused);
  });
});

describe('the decision records and the comparison with hostile text', () => {
  // Without a date: a hostile date is left out of the front matter, so it must match an undated one.
  const baselineAdrs = renderAdrs({ answers, content, lang: 'en', projectName: 'Acme' });

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'ADRs keep their structure with the project name and date %s',
    (_name, text) => {
      const adrs = renderAdrs({ answers, content, lang: 'en', date: text, projectName: text });
      expect(adrs.map((adr) => adr.fileName)).toEqual(baselineAdrs.map((adr) => adr.fileName));
      adrs.forEach((adr, i) => {
        expectSafe(adr.markdown);
        const lines = adr.markdown.split('\n');
        expect(lines.slice(0, 3), 'a date that is not YYYY-MM-DD is left out').toEqual([
          '---',
          'status: proposed',
          '---',
        ]);
        expect(structure(adr.markdown)).toEqual(structure(baselineAdrs[i]?.markdown ?? ''));
      });
    },
  );

  it.each(hostile.map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'the comparison keeps its structure with the side labels %s',
    (_name, text) => {
      const render = (label: string) =>
        renderComparisonMarkdown({
          left: { label, answers },
          right: { label, answers: { ...answers, data: ['key-value'] } },
          content,
          lang: 'ja',
          date,
        });
      const markdown = render(text);
      expectSafe(markdown);
      expect(structure(markdown)).toEqual(structure(render('Mine')));
    },
  );
});
