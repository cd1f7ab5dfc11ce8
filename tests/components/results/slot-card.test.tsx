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

  test('ranks the alternatives and says when to prefer each', () => {
    renderResults(presetAnswers('seed-saas'));
    const compute = card('Backend compute');
    const alternatives = within(compute).getByRole('list', { name: 'Alternatives, best first' });
    const items = within(alternatives)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === alternatives);
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^AWS Fargate score 4/),
      expect.stringMatching(/^Amazon Elastic Container Service \(Amazon ECS\) score 3/),
      expect.stringMatching(/^AWS Amplify Gen 2 score 3/),
      expect.stringMatching(/^Amazon Lightsail score 1/),
    ]);
    expect(items[0]).toHaveTextContent(
      'Prefer it when: You have a web framework or long-running processes that do not fit in functions.',
    );
  });

  test('shows what a rule ruled out and why', () => {
    renderResults(presetAnswers('seed-saas'));
    const compute = card('Backend compute');
    expect(within(compute).getByRole('heading', { level: 4, name: 'Ruled out' })).toBeVisible();
    expect(
      within(compute).getByText(/Running Kubernetes without infrastructure experience/),
    ).toBeVisible();
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
