import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function plan() {
  return within(screen.getByRole('region', { name: 'Your plan for this week' }));
}

describe('the plan for this week', () => {
  test('orders the steps: decide today, time-box, switch on, budget alarm, leave for later', () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    expect(
      plan()
        .getAllByRole('heading', { level: 3 })
        .map((step) => step.textContent),
    ).toEqual([
      'Decide these today: two-way doors, easy to change later',
      'Give these a time-box, and decide by the end of it',
      'Switch on the baseline',
      'Set a budget alarm',
      'Leave these for later',
    ]);
  });

  test('time-boxes the database the team is stuck on, with the trick that keeps the door open', () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const database = plan()
      .getByText(/^Primary database: Amazon Aurora Serverless v2/)
      .closest('li');
    if (!database) throw new Error('the database is not a list item');
    expect(within(database).getByText('You are stuck on this')).toBeVisible();
    expect(within(database).getByText('One-way door')).toBeVisible();
    expect(within(database).getByText(/^Keep the door open: /)).toBeVisible();
  });

  test('names the amount for the budget alarm and the services that raise it', () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    expect(
      plan().getByText(
        /^Alert at \$\d+ a month, the top of this estimate, with AWS Budgets and AWS Cost Anomaly Detection\.$/,
      ),
    ).toBeVisible();
  });

  test('says when to add each service left for later, one click away', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const trigger = plan().getByText(/^AWS WAF: /);
    expect(trigger).not.toBeVisible();
    await user.click(plan().getByText('When to add each'));
    expect(trigger).toBeVisible();
  });
});

describe('the parts of the results', () => {
  test('start closed: each pick is one line and its details open in place', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const hosting = screen.getByRole('article', { name: 'Frontend hosting' });
    const toggle = within(hosting).getByRole('button', {
      name: 'Frontend hosting AWS Amplify Hosting',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(hosting).queryByText('Alternatives, best first')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(hosting).getByRole('list', { name: 'Alternatives, best first' })).toBeVisible();
  });

  test('open from the keyboard, one by one or all at once', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const failure = screen.getByRole('button', { name: 'Design for failure' });
    failure.focus();
    await user.keyboard('{Enter}');
    expect(failure).toHaveAttribute('aria-expanded', 'true');
    screen.getByRole('button', { name: 'Open every part' }).focus();
    await user.keyboard(' ');
    const stillClosed = screen
      .queryAllByRole('button', { expanded: false })
      .map((button) => button.textContent);
    expect(stillClosed).toEqual([]);
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(
      screen.getAllByRole('article').length + 5,
    );
    expect(screen.getByRole('button', { name: 'Close every part' })).toBeVisible();
  });

  test('open when an in-page link leads to them', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    await user.click(within(nav).getByRole('link', { name: 'The road ahead' }));
    expect(screen.getByRole('heading', { level: 2, name: 'The road ahead' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'The road ahead' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
