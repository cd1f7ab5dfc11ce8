import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { content } from '../bilingual-content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAdrFiles } from '../../../src/domain/markdown/render-adr-files';
import { renderMarkdown } from '../../../src/domain/markdown/render-markdown';
import { ExportPanel } from '../../../src/features/export/export-panel';
import { useLanguageStore } from '../../../src/stores/language-store';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('the seed-saas preset is missing');
const answers = seedSaas.answers;
const date = '2026-11-24';
const appUrl = `${window.location.origin}/en/s`;

const hostileNames = [
  '<img src=x onerror=alert(1)>',
  '| # * _ [x](javascript:alert(1))',
  '<script>alert(1)</script>',
  `${'very long name '.repeat(60)}end`,
  'مشروع 🚀 العربية ‮evil‬',
];

/** Renders the panel and captures what each download would save. */
function setup(dateLabel = 'Date') {
  const user = userEvent.setup();
  const saved: { name: string; blob: Blob }[] = [];
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob });
  });
  render(<ExportPanel answers={answers} content={content} />);
  fireEvent.change(screen.getByLabelText(dateLabel), { target: { value: date } });
  return { user, saved };
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

afterEach(() => {
  vi.restoreAllMocks();
});

describe('export panel', () => {
  it('stamps today by default', () => {
    render(<ExportPanel answers={answers} content={content} />);
    expect(screen.getByLabelText('Date')).toHaveValue(
      new Date().toLocaleDateString('sv-SE'), // sv-SE formats as YYYY-MM-DD
    );
  });

  it('downloads exactly what renderMarkdown gives for the same inputs', async () => {
    const { user, saved } = setup();
    fireEvent.change(screen.getByLabelText('Project name (optional)'), {
      target: { value: 'Acme' },
    });
    await user.click(screen.getByRole('button', { name: 'Download .md' }));

    expect(saved.map((file) => file.name)).toEqual([`stack-advice-${date}.md`]);
    expect(await saved[0]?.blob.text()).toBe(
      renderMarkdown({ answers, content, lang: 'en', date, projectName: 'Acme', appUrl }),
    );
  });

  it('downloads the ADRs as a zip of one file per decision and an index', async () => {
    const { user, saved } = setup();
    fireEvent.change(screen.getByLabelText('Project name (optional)'), {
      target: { value: 'Acme Corp.' },
    });
    await user.click(screen.getByRole('button', { name: 'Download ADRs (.zip)' }));
    await user.click(screen.getByRole('button', { name: 'Download ADRs (.zip)' }));

    expect(saved.map((file) => file.name)).toEqual([
      'adr-acme-corp-en.zip',
      'adr-acme-corp-en.zip',
    ]);
    expect(screen.getByText('Downloaded adr-acme-corp-en.zip.')).toBeInTheDocument();
    const [first, second] = await Promise.all(saved.map(async (file) => bytesOf(file.blob)));
    expect(second, 'the same answers give the same bytes').toEqual(first);
    const entries = unzipSync(first ?? new Uint8Array());
    const expected = renderAdrFiles({
      answers,
      content,
      lang: 'en',
      date,
      projectName: 'Acme Corp.',
    });
    expect(Object.keys(entries)).toEqual(
      expected.map((file) => `adr-acme-corp-en/${file.fileName}`),
    );
    for (const file of expected)
      expect(strFromU8(entries[`adr-acme-corp-en/${file.fileName}`] ?? new Uint8Array())).toBe(
        file.markdown,
      );
  });

  it('names and writes the ADR zip in the language of the UI', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    const { user, saved } = setup('日付');
    await user.click(screen.getByRole('button', { name: 'ADR をダウンロード（.zip）' }));
    expect(saved[0]?.name).toBe('adr-stack-ja.zip');
    const entries = unzipSync(await bytesOf(saved[0]?.blob ?? new Blob()));
    expect(strFromU8(entries['adr-stack-ja/README.md'] ?? new Uint8Array())).toMatch(
      /^# アーキテクチャ決定記録（ADR）\n/,
    );
  });

  it('copies the Markdown and confirms it', async () => {
    const { user } = setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(writeText).toHaveBeenCalledWith(
      renderMarkdown({ answers, content, lang: 'en', date, projectName: '', appUrl }),
    );
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
  });

  it('exports in the language of the UI', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    const { user, saved } = setup('日付');
    await user.click(screen.getByRole('button', { name: '.md をダウンロード' }));
    expect(await saved[0]?.blob.text()).toBe(
      renderMarkdown({
        answers,
        content,
        lang: 'ja',
        date,
        projectName: '',
        appUrl: `${window.location.origin}/ja/s`,
      }),
    );
  });

  it.each(hostileNames)('keeps the project name %j inert text in the preview', async (name) => {
    const { user, saved } = setup();
    fireEvent.change(screen.getByLabelText('Project name (optional)'), {
      target: { value: name },
    });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });

    expect(preview.querySelector('img, script, iframe, [onerror]'), 'no element injected').toBe(
      null,
    );
    for (const link of preview.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:|#)/);
    }
    const title = within(preview).getByRole('heading', { level: 4 });
    // Bidirectional controls are dropped by the escaper, so a name cannot reorder the title.
    expect(title.textContent, 'the name reads as typed').toContain(
      name.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''),
    );

    await user.click(screen.getByRole('button', { name: 'Download .md' }));
    await waitFor(() => {
      expect(saved).toHaveLength(1);
    });
    expect(await saved[0]?.blob.text()).toBe(
      renderMarkdown({ answers, content, lang: 'en', date, projectName: name, appUrl }),
    );
  });

  it('shows Mermaid as code, not as a picture, once the preview is opened', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('code.language-mermaid')?.textContent).toMatch(/^flowchart/);
  });
});
