import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function card(slot: string) {
  return within(screen.getByRole('article', { name: slot }));
}

/** Every warning on the page, wherever it is. */
function allWarningHeadlines(): string[] {
  return screen
    .queryAllByRole('article')
    .flatMap((article) => [...article.querySelectorAll('li > p:first-child')])
    .map((headline) => headline.textContent)
    .filter((text) => /support end|closed to new|fixed amount every month/.test(text));
}

describe('warnings', () => {
  test('say in the pick’s own card when a ledger’s usual service reached end of support, with the date and successor', () => {
    renderResults({ ...presetAnswers('seed-saas'), data: ['relational', 'ledger'] });
    const ledger = card('Primary database');
    expect(
      ledger.getByText(
        'Amazon Quantum Ledger Database (Amazon QLDB) (Primary database): support ended on July 31, 2025.',
      ),
    ).toBeVisible();
    expect(ledger.getByText('Use instead: Amazon Aurora Serverless v2')).toBeVisible();
  });

  test('say in the compute card that App Runner, the talk’s pick for containers without ops, is closed', () => {
    renderResults({ ...presetAnswers('seed-saas'), backend: 'containers', ops: 'none' });
    expect(
      card('Backend compute').getByText(
        /^AWS App Runner \(Backend compute\): closed to new customers/,
      ),
    ).toBeVisible();
  });

  test('flag a monthly floor in the card of the pick that has it, while the team lives on credits', () => {
    renderResults(presetAnswers('genai-product'));
    expect(
      card('Search').getByText(
        /^Amazon OpenSearch Serverless \(Search\) costs a fixed amount every month/,
      ),
    ).toBeVisible();
  });

  test('show only what happened while a card is closed, and what to do once it is open', async () => {
    const { user } = renderResults(
      { ...presetAnswers('seed-saas'), data: ['relational', 'ledger'] },
      { collapsed: true },
    );
    const ledger = card('Primary database');
    expect(ledger.getByText(/support ended on July 31, 2025\.$/)).toBeVisible();
    expect(ledger.queryByText('Use instead: Amazon Aurora Serverless v2')).not.toBeInTheDocument();
    await user.click(ledger.getByRole('button', { expanded: false }));
    expect(ledger.getByText('Use instead: Amazon Aurora Serverless v2')).toBeVisible();
  });

  test('appear nowhere when there is nothing to warn about', () => {
    renderResults({
      ...presetAnswers('seed-saas'),
      budget: 'lean',
      features: ['auth', 'files', 'background-jobs'],
    });
    expect(allWarningHeadlines()).toEqual([]);
  });
});

describe('a warning about a date still to come', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('is said in the future tense', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T12:00:00Z'));
    renderResults(presetAnswers('growth-marketplace'));
    expect(
      card('Notifications').getByText(
        'Amazon Pinpoint (Notifications): support ends on October 30, 2026.',
      ),
    ).toBeVisible();
  });
});
