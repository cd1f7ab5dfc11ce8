import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { renderApp } from '../render-app';

/** The Japanese questionnaire texts, behind a connection the test controls. */
const connection = vi.hoisted(() => {
  const state = { online: false, delivered: Promise.resolve(), deliver: () => {} };
  state.delivered = new Promise((resolve) => (state.deliver = resolve));
  return state;
});

vi.mock('virtual:content/questionnaire-texts-ja', async (importOriginal) => {
  if (!connection.online) throw new Error('offline');
  await connection.delivered;
  return importOriginal();
});

describe('language switch on a poor connection', () => {
  it('keeps the page as it is until the other language is in, and says when it cannot load', async () => {
    const answers = { stage: 'seed', data: ['relational'] };
    useAnswersStore.setState({ answers });
    const { user } = await renderApp('/review');
    const japanese = screen.getByRole('button', { name: '日本語' });

    await user.click(japanese);
    expect(
      await screen.findByText('日本語 could not be loaded. Check your connection and try again.'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
    expect(japanese).toHaveAttribute('aria-pressed', 'false');

    connection.online = true;
    await user.click(japanese);
    expect(screen.getByRole('group', { name: 'Language' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();

    connection.deliver();
    expect(await screen.findByRole('heading', { level: 1, name: '回答の確認' })).toBeVisible();
    expect(screen.getByText('シード期')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(useAnswersStore.getState().answers).toEqual(answers);
  });
});
