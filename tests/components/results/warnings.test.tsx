import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function warnings() {
  return within(screen.getByRole('region', { name: 'Before you act' }));
}

describe('warnings', () => {
  test('say when a ledger’s usual service reached end of support, with the date and successor', () => {
    renderResults({ ...presetAnswers('seed-saas'), data: ['relational', 'ledger'] });
    expect(
      warnings().getByText(
        'Amazon Quantum Ledger Database (Amazon QLDB) (Primary database): support ended on July 31, 2025.',
      ),
    ).toBeVisible();
    expect(warnings().getByText('Use instead: Amazon Aurora Serverless v2')).toBeVisible();
  });

  test('say that App Runner, the talk’s pick for containers without ops, is closed', () => {
    renderResults({ ...presetAnswers('seed-saas'), backend: 'containers', ops: 'none' });
    expect(
      warnings().getByText(/^AWS App Runner \(Backend compute\): closed to new customers/),
    ).toBeVisible();
  });

  test('flag a monthly floor while the team lives on credits', () => {
    renderResults(presetAnswers('genai-product'));
    expect(
      warnings().getByText(
        /^Amazon OpenSearch Serverless \(Search\) costs a fixed amount every month/,
      ),
    ).toBeVisible();
  });

  test('leave the section out when there is nothing to warn about', () => {
    renderResults({
      ...presetAnswers('seed-saas'),
      budget: 'lean',
      features: ['auth', 'files', 'background-jobs'],
    });
    expect(screen.queryByRole('region', { name: 'Before you act' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Before you act' })).not.toBeInTheDocument();
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
      warnings().getByText('Amazon Pinpoint (Notifications): support ends on October 30, 2026.'),
    ).toBeVisible();
  });
});
