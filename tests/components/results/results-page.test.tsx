// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

/** A card's accessible name: the part of the stack it is about. */
function nameOf(card: HTMLElement): string {
  const id = card.getAttribute('aria-labelledby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

describe('the results page for the seed-stage SaaS preset', () => {
  test('has one page heading, a summary of the stage, and a section per part', () => {
    renderResults(presetAnswers('seed-saas'));
    expect(screen.getByRole('heading', { level: 1, name: 'Your recommended stack' })).toBeVisible();
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(within(summary).getByText('Stage: Seed')).toBeVisible();
    expect(
      within(summary).getAllByRole('listitem'),
      'no counts the plan already gives',
    ).toHaveLength(1);
    const sections = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(sections).toEqual([
      'Monthly cost estimate',
      'Your plan for this week',
      'The stack at a glance',
      'Every pick, explained',
      'Decisions: one-way and two-way doors',
      'Heavy lifting handed off',
      'Design for failure',
      'The road ahead',
      'What if?',
    ]);
  });

  test('shows the monthly estimate, the floor and the credits runway, with the breakdown one click away', async () => {
    const { user } = renderResults({ ...presetAnswers('seed-saas'), credits: '1k' });
    const cost = screen.getByRole('region', { name: 'Monthly cost estimate' });
    expect(within(cost).getByText(/^\$[\d.,]+ to \$[\d.,]+ a month$/)).toBeVisible();
    expect(within(cost).getByText(/a month even with no traffic$/)).toBeVisible();
    expect(within(cost).getByText(/Your credits last/)).toBeVisible();
    expect(within(cost).getByText(/not a quote/)).toBeVisible();
    const table = within(cost).getByRole('table', { name: 'Monthly cost per service, in USD' });
    expect(table).not.toBeVisible();
    await user.click(within(cost).getByText('Breakdown and assumptions'));
    expect(table).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: /AWS Lambda/ })).toBeVisible();
    expect(within(cost).getByRole('link', { name: /AWS Pricing Calculator/ })).toHaveAttribute(
      'href',
      'https://calculator.aws/',
    );
  });

  test('draws the stack as a labelled request-flow picture, described for screen readers', () => {
    renderResults(presetAnswers('seed-saas'));
    const diagram = screen.getByRole('img', { name: 'Architecture of the recommended stack' });
    expect(diagram).toHaveAccessibleDescription(
      expect.stringContaining(
        'Clients: Web app. Edge and hosting: Frontend hosting: AWS Amplify Hosting. API and load balancing: API layer: Amazon API Gateway. Compute: Backend compute: AWS Lambda. Data: Primary database: Amazon Aurora Serverless v2',
      ),
    );
    expect(diagram).toHaveAccessibleDescription(
      expect.stringContaining('Across the stack: Sign-in and users: Amazon Cognito'),
    );
  });

  test('shows a card for every slot of the stack, each naming its pick', () => {
    renderResults(presetAnswers('seed-saas'));
    const cards = screen.getAllByRole('article');
    expect(cards.map(nameOf)).toEqual([
      'Frontend hosting',
      'Backend compute',
      'API layer',
      'Primary database',
      'Sign-in and users',
      'File storage',
      'Async work and retries',
      'Observability',
      'Security baseline',
      'Backup and restore',
      'Cost guardrails',
      'CI/CD',
      'Infrastructure as code',
      'Notifications',
    ]);
    const compute = screen.getByRole('article', { name: 'Backend compute' });
    expect(
      within(compute).getByRole('button', { name: 'Backend compute AWS Lambda' }),
    ).toBeVisible();
  });

  test('lets keyboard users jump to a section from the in-page navigation', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    await user.click(within(nav).getByRole('link', { name: 'Design for failure' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Design for failure' })).toHaveFocus();
  });
});
