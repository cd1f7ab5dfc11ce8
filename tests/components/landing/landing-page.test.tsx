import { textOf } from '../../text-of';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { content } from '../bilingual-content';
import { renderApp } from '../render-app';

const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('the seed-saas preset is missing');
const openSeedSaas = { name: `Open this example: ${textOf(seedSaas.title, 'en')}` };

describe('landing page', () => {
  it('says what the tool does in three lines and starts at the first section', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Find the AWS stack that fits your startup',
    );
    const pitch = screen.getAllByRole('list')[1];
    expect(within(pitch as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute(
      'href',
      '/en/questions/stage-and-team',
    );
    expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument();
  });

  it('offers to continue where the user left off, with when the answers were saved', async () => {
    useAnswersStore.setState({
      answers: { stage: 'seed', team: 'solo' },
      savedAt: '2026-11-20T09:30:00.000Z',
      lastSectionId: 'product',
    });
    await renderApp('/');
    expect(screen.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute(
      'href',
      '/en/questions/product',
    );
    expect(screen.getByText(/saved in this browser from Nov 20, 2026/)).toHaveTextContent(
      /2 of 2\d questions answered/,
    );
  });

  it('lists every preset, each linking to its own page', async () => {
    await renderApp('/');
    const links = screen.getAllByRole('link', { name: /^Open this example: / });
    expect(links).toHaveLength(content.presets.length);
    expect(screen.getByRole('link', openSeedSaas)).toHaveAttribute('href', '/en/p/seed-saas/');
  });

  it('starts over only after confirmation', async () => {
    useAnswersStore.setState({ answers: { stage: 'later' } });
    const { user } = await renderApp('/');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    // Confirming destroys data, so the safe answer takes the focus.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useAnswersStore.getState().answers, 'after Cancel').toEqual({ stage: 'later' });

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(useAnswersStore.getState().answers, 'after confirming').toEqual({});
    expect(screen.getByText('Your answers were cleared.'), 'announced').toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the questionnaire' })).toBeInTheDocument();
  });
});
