import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { preferredLanguage, useLanguageStore } from '../../../src/stores/language-store';
import { openAddress, renderApp } from '../render-app';

describe('language switch', () => {
  it('switches the whole UI and the document language, keeping the answers', async () => {
    useAnswersStore.setState({ answers: { stage: 'seed', data: ['relational'] } });
    const { user } = await renderApp('/review');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: '日本語' }));

    // The Japanese texts of the questions load first.
    expect(await screen.findByRole('heading', { level: 1, name: '回答の確認' })).toBeVisible();
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByText('シード期')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: '表示言語' })).toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual({ stage: 'seed', data: ['relational'] });
    expect(useLanguageStore.getState().lang, 'remembered').toBe('ja');
  });

  it('moves to the same page at the other language’s address, keeping query and fragment', async () => {
    const { user, location } = await renderApp('/p/seed-saas/#cost');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => {
      expect(location().address).toBe('/ja/p/seed-saas/');
    });
    expect(location().hash).toBe('#cost');
  });

  it('opens a link from before languages in the language chosen last, keeping its query', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    const { location } = await openAddress('/s?st=seed&v=2');
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(location().address).toBe('/ja/s');
    expect(location().search).toBe('?st=seed&v=2');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('opens the bare start page in the language chosen last', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    const { location } = await openAddress('/');
    await waitFor(() => {
      expect(location().address).toBe('/ja/');
    });
  });

  it('switches with the storage full, and says once that nothing is being saved', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    const { user } = await renderApp('/review');

    await user.click(screen.getByRole('button', { name: '日本語' }));

    expect(await screen.findByRole('heading', { level: 1, name: '回答の確認' })).toBeVisible();
    expect(screen.getByText(/このブラウザでは回答を保存できません/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: '閉じる' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Review your answers' }),
    ).toBeVisible();
    expect(screen.queryByText(/not saving/), 'told once').not.toBeInTheDocument();
  });

  it('formats numbers and dates for the language', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    useAnswersStore.setState({ answers: { stage: 'seed' }, savedAt: '2026-11-20T09:30:00.000Z' });
    await renderApp('/');
    expect(screen.getByText(/2026\/11\/20 .*にこのブラウザに保存した回答があります/)).toBeVisible();
  });

  it('defaults to the browser language when we speak it, else English', () => {
    expect(preferredLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(preferredLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLanguage(['de-DE'])).toBe('en');
  });
});
