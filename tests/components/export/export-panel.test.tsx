import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import content from '../bilingual-content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../../src/domain/markdown/render-markdown';
import { ExportPanel } from '../../../src/features/export/export-panel';
import { useLanguageStore } from '../../../src/stores/language-store';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('the seed-saas preset is missing');
const answers = seedSaas.answers;
const date = '2026-11-24';
const appUrl = `${window.location.origin}/s`;

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

  it('downloads the ADRs as one file in the command line’s layout', async () => {
    const { user, saved } = setup();
    await user.click(screen.getByRole('button', { name: 'Download ADRs' }));
    expect(saved[0]?.name).toBe(`stack-adrs-${date}.md`);
    expect(await saved[0]?.blob.text()).toMatch(/^==> 0001-[a-z-]+\.md <==\n/);
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
      renderMarkdown({ answers, content, lang: 'ja', date, projectName: '', appUrl }),
    );
  });

  it.each(hostileNames)('keeps the project name %j inert text in the preview', async (name) => {
    const { user, saved } = setup();
    fireEvent.change(screen.getByLabelText('Project name (optional)'), {
      target: { value: name },
    });
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

  it('shows Mermaid as code, not as a picture', () => {
    setup();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('code.language-mermaid')?.textContent).toMatch(/^flowchart/);
  });
});
