import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function card(title: string) {
  return screen.getByRole('article', { name: title });
}

describe('a slot card', () => {
  test('names the pick with its one-line purpose and links to its documentation', () => {
    renderResults(presetAnswers('seed-saas'));
    const compute = card('Backend compute');
    expect(within(compute).getByText('AWS Lambda')).toBeVisible();
    expect(
      within(compute).getByText(
        'Run code in response to events or HTTP requests without provisioning or managing servers.',
      ),
    ).toBeVisible();
    const docs = within(compute).getByRole('link', { name: /AWS Lambda documentation/ });
    expect(docs).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//),
    );
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
    expect(docs).toHaveAccessibleName('AWS Lambda documentation (opens in a new tab)');
  });

  test('lists each reason with the answers that caused it as chips', () => {
    renderResults(presetAnswers('seed-saas'));
    const compute = card('Backend compute');
    const reason = within(compute)
      .getByText(/You plan to write functions/)
      .closest('li');
    if (!reason) throw new Error('the reason is not a list item');
    const chips = within(reason).getByRole('list', { name: 'Because you answered' });
    expect(within(chips).getByRole('listitem')).toHaveTextContent(
      'How do you want to build the backend: Serverless functions',
    );
  });

  test('ranks the alternatives, each with one line on why it lost', () => {
    renderResults(presetAnswers('seed-saas'));
    const hosting = card('Frontend hosting');
    const alternatives = within(hosting).getByRole('list', { name: 'Alternatives, best first' });
    const items = within(alternatives)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === alternatives);
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Amazon CloudFront',
      'Amazon Lightsail',
    ]);
    expect(items[0]).toHaveTextContent(
      /^Amazon CloudFrontAWS Amplify Hosting fits better: With weeks to launch/,
    );
  });

  test('shows what a constraint ruled out and why, with the answer it rests on', () => {
    renderResults(presetAnswers('seed-saas'));
    const compute = card('Backend compute');
    expect(within(compute).getByRole('heading', { level: 4, name: 'Ruled out' })).toBeVisible();
    const fargate = within(compute)
      .getAllByText(/You chose serverless functions/)[0]
      ?.closest('li');
    if (!fargate) throw new Error('the ruled-out candidate is not a list item');
    expect(within(fargate).getByRole('list', { name: 'Because you answered' })).toHaveTextContent(
      'How do you want to build the backend: Serverless functions',
    );
  });

  test('lists every member of a bundle with why it joined, and what is not needed yet', () => {
    renderResults(presetAnswers('growth-marketplace'));
    const baseline = card('Security baseline');
    expect(within(baseline).getByText('Recommended set, all of them')).toBeVisible();
    for (const name of ['AWS CloudTrail', 'Amazon GuardDuty', 'AWS Config', 'AWS Security Hub'])
      expect(within(baseline).getByText(name), name).toBeVisible();
    expect(within(baseline).getByText(/Audits need evidence/)).toBeVisible();
  });

  test("says how to set the pick up for the team's targets", () => {
    renderResults(presetAnswers('growth-marketplace'));
    const database = card('Primary database');
    expect(
      within(database).getByRole('heading', { level: 4, name: 'Set up for your targets' }),
    ).toBeVisible();
    expect(within(database).getByText(/Add a reader in a second Availability Zone/)).toBeVisible();
    expect(within(database).queryByText(/minimum capacity to 0 ACU/)).not.toBeInTheDocument();
    expect(within(database).queryByText(/can pause at 0 capacity units/)).not.toBeInTheDocument();
  });

  test('marks a one-way door with its time-box and how to keep it open', () => {
    renderResults(presetAnswers('seed-saas'));
    const database = card('Primary database');
    expect(within(database).getByText('One-way door')).toBeVisible();
    expect(within(database).getByText('Spike it for a week')).toBeVisible();
    expect(
      within(database).getByText(/^Keep the door open: Choose the PostgreSQL-compatible/),
    ).toBeVisible();
  });

  test('marks a two-way door with its time-box and no keep-open advice', () => {
    renderResults(presetAnswers('seed-saas'));
    const hosting = card('Frontend hosting');
    expect(within(hosting).getByText('Two-way door')).toBeVisible();
    expect(within(hosting).getByText('Decide today')).toBeVisible();
    expect(within(hosting).queryByText(/Keep the door open/)).not.toBeInTheDocument();
  });
});
