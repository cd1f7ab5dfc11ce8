import { textOf } from '../../text-of';
import { screen, waitFor } from '@testing-library/react';
import { content } from '../bilingual-content';
import { describe, expect, it, vi } from 'vitest';
import { advise } from '../../../src/domain/advise';
import { escapeControls } from '../../../src/domain/show-untrusted';
import { encodeShareLink } from '../../../src/domain/share-link/encode-share-link';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { renderApp } from '../render-app';
import { shortServiceName } from '../../../src/features/results/short-service-name';
import { stackPicks } from './stack-picks';

const preset = (id: string) => {
  const found = content.presets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset "${id}"`);
  return found.answers;
};
const seedSaas = preset('seed-saas');
const link = `/s?${encodeShareLink(seedSaas, content.questionnaire)}`;

function expectedPicks(answers: Record<string, string | string[]>): string[] {
  const names = new Map(content.services.map((service) => [service.id, service.name]));
  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  return advise(answers, content).stack.map(
    (entry) =>
      `${textOf(entry.title, 'en')}: ${list.format(entry.services.map((id) => shortServiceName(names.get(id) ?? id)))}`,
  );
}

describe('share link route', () => {
  it('shows the results of a good link without saving anything, and adopts them on request', async () => {
    const { user, location } = await renderApp(link);

    expect(await stackPicks(), 'the same stack as the engine gives').toEqual(
      expectedPicks(seedSaas),
    );
    expect(screen.queryByRole('heading', { name: /could not be read/ })).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers, 'nothing saved yet').toEqual({});

    await user.click(screen.getByRole('button', { name: 'Use these answers' }));
    expect(useAnswersStore.getState().answers).toEqual(seedSaas);
    await waitFor(() => {
      expect(location().pathname).toBe('/results');
    });
  });

  it('keeps what a broken link carries and lists the rest, in both languages', async () => {
    const { user } = await renderApp('/s?st=seed&tm=nonsense&zz=1&%E0%A4%A=1&da=rel');
    await stackPicks();
    const notice = screen.getByRole('region', { name: 'Part of this link could not be read' });
    expect(notice).toHaveTextContent('no version');
    expect(notice.querySelectorAll('li').length, 'one line per problem').toBeGreaterThanOrEqual(4);

    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(
      await screen.findByRole('region', { name: 'このリンクの一部を読み取れませんでした' }),
    ).toHaveTextContent('バージョン');
  });

  it('names questions and options by their labels, not by the ids the link carries', async () => {
    const { user } = await renderApp('/s?st=seed&tm=nonsense&da=none.rel&v=2');
    await stackPicks();
    const notice = screen.getByRole('region', { name: 'Part of this link could not be read' });
    expect(notice).toHaveTextContent(
      '"nonsense" is not an option of "How many engineers build and run the product?"',
    );
    expect(notice).toHaveTextContent('"No stored data" cannot be combined');
    expect(notice).not.toHaveTextContent('"tm"');

    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(
      await screen.findByRole('region', { name: 'このリンクの一部を読み取れませんでした' }),
    ).toHaveTextContent(/「nonsense」は「.+」の選択肢にないため/);
  });

  it('lists five problems of a link of 4,000 junk pairs and counts the rest, in both languages', async () => {
    const junk = Array.from({ length: 4000 }, (_, i) => `j${i}=1`).join('&');
    const { user } = await renderApp(`/s?st=seed&${junk}&v=2`);
    await stackPicks();
    const notice = screen.getByRole('region', { name: 'Part of this link could not be read' });
    expect(notice.querySelectorAll('li')).toHaveLength(5);
    expect(notice).toHaveTextContent('3,995 more are not listed.');

    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(await screen.findByText('ほか 3,995 件は表示していません。')).toBeVisible();
  });

  it('shows control and bidi characters of a link as escapes, not as themselves', async () => {
    await renderApp('/s?st=seed&%E2%80%AEgnp.exe=1&%1B%5B2J=1&v=2');
    await stackPicks();
    const notice = screen.getByRole('region', { name: 'Part of this link could not be read' });
    expect(notice).toHaveTextContent('"\\u202egnp.exe" is not a question this app knows');
    expect(notice).toHaveTextContent('"\\u001b[2J" is not a question');
    const text = notice.textContent;
    expect(escapeControls(text), 'nothing left to escape').toBe(text);
  });

  it('survives garbage and says nothing could be read', async () => {
    await renderApp(`/s?${'%'.repeat(5000)}&v=999999999999`);
    expect(await screen.findByText(/No answers could be read/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Answer the questions' })).toBeVisible();
  });

  it('never replaces different saved answers without asking, and Keep mine keeps them', async () => {
    const mine = preset('growth-marketplace');
    useAnswersStore.setState({ answers: mine });
    const { user, location } = await renderApp(link);

    expect(await stackPicks(), 'the link’s stack, not mine').toEqual(expectedPicks(seedSaas));
    expect(screen.getByText(/Your own saved answers are different/)).toBeVisible();
    expect(useAnswersStore.getState().answers).toEqual(mine);

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => {
      expect(location().pathname).toBe('/results');
    });
    expect(useAnswersStore.getState().answers).toEqual(mine);
  });

  it('says so when the link carries the answers already saved', async () => {
    useAnswersStore.setState({ answers: seedSaas });
    await renderApp(link);
    expect(
      await screen.findByText('These are the same answers you have saved in this browser.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open my results' })).toHaveAttribute(
      'href',
      '/en/results',
    );
  });
});

describe('copy link', () => {
  it('copies the absolute share URL on the results page and confirms it', async () => {
    useAnswersStore.setState({ answers: seedSaas });
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = await renderApp('/results');
    // After renderApp: user-event installs its own clipboard stub when it is set up.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(await screen.findByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/en${link}`);
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
  });

  it('falls back to a selected read-only field on the review page when the clipboard refuses', async () => {
    useAnswersStore.setState({ answers: seedSaas });
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    const { user } = await renderApp('/review');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(`${window.location.origin}/en${link}`);
    await waitFor(() => {
      expect((field as HTMLTextAreaElement).selectionEnd, 'the text is selected').toBe(
        (field as HTMLTextAreaElement).value.length,
      );
    });
    expect(screen.getByText(/Copying is blocked/)).toBeVisible();
  });
});
