import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { renderApp } from '../render-app';

function row(question: RegExp) {
  const term = screen.getByText(question, { selector: 'dt' });
  return term.parentElement as HTMLElement;
}

describe('review page', () => {
  it('lists every shown question with its answer, and says which have none', async () => {
    useAnswersStore.setState({
      answers: { stage: 'early', clients: ['mobile', 'web'], data: ['none'] },
    });
    await renderApp('/review');

    expect(screen.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
    expect(within(row(/Which stage/)).getByText('Early')).toBeInTheDocument();
    expect(
      within(row(/How do people use/)).getByText('Web app and Mobile app'),
      'several choices in questionnaire order',
    ).toBeInTheDocument();
    expect(within(row(/How many engineers/)).getByText('Not answered')).toBeInTheDocument();
    expect(
      screen.queryByText(/How much recent data could you afford to lose/),
      'a question hidden by "no stored data" is not listed',
    ).not.toBeInTheDocument();
    expect(screen.getByText('3 of 21 questions answered')).toBeInTheDocument();
  });

  it('jumps back to a question to change it, with the keyboard on its chosen option', async () => {
    useAnswersStore.setState({ answers: { stage: 'growth' } });
    const { user, location } = await renderApp('/review');

    await user.click(screen.getByRole('link', { name: 'Change: Which stage is your startup in?' }));

    await waitFor(() => {
      expect(screen.getByRole('radio', { name: 'Growth' })).toHaveFocus();
    });
    expect(location().pathname).toBe('/questions/stage-and-team');
    expect(location().hash).toBe('#question-stage');
  });

  it('leads on to the results', async () => {
    await renderApp('/review');
    expect(screen.getByRole('link', { name: 'See results' })).toHaveAttribute(
      'href',
      '/en/results',
    );
  });
});
