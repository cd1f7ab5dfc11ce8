import { textOf } from '../../text-of';
import { screen, waitFor, within } from '@testing-library/react';
import { content } from '../bilingual-content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAnswers } from '../../../src/domain/answers';
import { escapeControls } from '../../../src/domain/show-untrusted';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useFacilitatorNotesStore } from '../../../src/stores/facilitator-notes-store';
import { useLanguageStore } from '../../../src/stores/language-store';
import { renderApp } from '../render-app';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('the seed-saas preset is missing');
const seedAnswers = parseAnswers(seedSaas.answers, content.questionnaire).answers;

describe('preset route', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(content.presets.map((preset) => [preset.id, preset] as const))(
    '/p/%s opens its banner with the name and, once asked for, the facilitator note',
    async (id, preset) => {
      const { user } = await renderApp(`/p/${id}`);
      const banner = screen.getByRole('region', { name: textOf(preset.title, 'en') });
      expect(banner, 'hidden for the projector').not.toHaveTextContent(textOf(preset.note, 'en'));
      await user.click(within(banner).getByRole('button', { name: 'Show facilitator notes' }));
      expect(banner).toHaveTextContent(textOf(preset.note, 'en'));
      expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    },
  );

  it('shows the banner in Japanese', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    useFacilitatorNotesStore.setState({ show: true });
    await renderApp('/p/seed-saas');
    const banner = screen.getByRole('region', { name: textOf(seedSaas.title, 'ja') });
    expect(banner).toHaveTextContent(textOf(seedSaas.note, 'ja'));
    expect(within(banner).getByRole('button', { name: '自分の回答にする' })).toBeVisible();
    expect(within(banner).getByRole('button', { name: 'リンクをコピー' })).toBeVisible();
    expect(
      within(banner).getByRole('button', { name: 'ファシリテーター向けメモを表示' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('hides the facilitator note by default and remembers when the mentor shows it', async () => {
    const { user, unmount } = await renderApp('/p/seed-saas');
    const toggle = screen.getByRole('button', { name: 'Show facilitator notes' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('heading', { name: 'Note for the facilitator' })).toBeNull();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Note for the facilitator' })).toBeVisible();
    unmount();

    const saved: unknown = JSON.parse(
      localStorage.getItem('stack-advisor.facilitator-notes') ?? '{}',
    );
    expect(saved, 'saved in this browser').toEqual({ state: { show: true }, version: 1 });
    await renderApp('/p/iot-telemetry');
    expect(
      screen.getByRole('heading', { name: 'Note for the facilitator' }),
      'still shown on the next preset',
    ).toBeVisible();
  });

  it('still toggles the note when the browser refuses to save the choice', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = await renderApp('/p/seed-saas');
    await user.click(screen.getByRole('button', { name: 'Show facilitator notes' }));
    expect(screen.getByRole('heading', { name: 'Note for the facilitator' })).toBeVisible();
  });

  it('copies the preset’s own short link and leaves the saved answers alone', async () => {
    useAnswersStore.setState({ answers: { stage: 'later' } });
    const writeText = vi.fn(() => Promise.resolve());
    const { user, location } = await renderApp('/p/seed-saas');
    // After renderApp: user-event installs its own clipboard stub when it is set up.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/en/p/seed-saas/`);
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
    expect(useAnswersStore.getState().answers, 'answers untouched').toEqual({ stage: 'later' });
    expect(location().pathname, 'still on the preset').toBe('/p/seed-saas');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('makes it mine at once when nothing is saved', async () => {
    const { user, location } = await renderApp('/p/seed-saas');
    await user.click(screen.getByRole('button', { name: 'Make it mine' }));
    expect(useAnswersStore.getState().answers).toEqual(seedAnswers);
    await waitFor(() => {
      expect(location().pathname).toBe('/results');
    });
  });

  it('asks before replacing different saved answers, and Keep keeps them', async () => {
    useAnswersStore.setState({ answers: { stage: 'later' } });
    const { user, location } = await renderApp('/p/seed-saas');

    await user.click(screen.getByRole('button', { name: 'Make it mine' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace your answers?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my answers' }));
    expect(useAnswersStore.getState().answers, 'answers kept').toEqual({ stage: 'later' });
    expect(location().pathname).toBe('/p/seed-saas');

    await user.click(screen.getByRole('button', { name: 'Make it mine' }));
    await user.click(screen.getByRole('button', { name: 'Replace my answers' }));
    expect(useAnswersStore.getState().answers, 'answers replaced').toEqual(seedAnswers);
    await waitFor(() => {
      expect(location().pathname).toBe('/results');
    });
  });

  it('answers an unknown preset with a friendly page and a way to the gallery', async () => {
    await renderApp('/p/no-such-team');
    expect(screen.getByRole('heading', { level: 1, name: 'No such example team' })).toBeVisible();
    expect(screen.getByText(/no-such-team/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'See the example teams' })).toHaveAttribute(
      'href',
      '/en/#presets-title',
    );
  });

  it('quotes an unknown id from the address cut short, with control characters escaped', async () => {
    await renderApp(`/p/${encodeURIComponent(`evil\u202E\u001b[2J${'x'.repeat(5000)}`)}`);
    const body = screen.getByText(/There is no example team called/).textContent;
    expect(body).toContain('evil\\u202e\\u001b[2Jxxx');
    expect(escapeControls(body), 'nothing left to escape').toBe(body);
    expect(body.length, 'the 5,000 characters cut short').toBeLessThan(200);
  });
});
