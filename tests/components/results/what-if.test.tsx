import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function panel() {
  return within(screen.getByRole('region', { name: 'What if?' }));
}

describe('the what-if panel', () => {
  test('shows the current answers, one control per question still asked', () => {
    renderResults(presetAnswers('seed-saas'));
    // Found once: each role query over the whole results page costs a fifth of a second in jsdom.
    const whatIf = panel();
    expect(whatIf.getByRole('combobox', { name: 'Which stage is your startup in?' })).toHaveValue(
      'seed',
    );
    const data = whatIf.getByRole('group', { name: 'What kinds of data will you store?' });
    expect(within(data).getByRole('checkbox', { name: 'Relational (SQL)' })).toBeChecked();
    expect(within(data).getByRole('checkbox', { name: 'Graph' })).not.toBeChecked();
    // Every team is asked about audits; the credits on hand only while the team lives on credits.
    expect(whatIf.getByRole('group', { name: /audits/ })).toBeVisible();
    expect(
      whatIf.getByRole('combobox', { name: 'How much in AWS credits do you have left?' }),
    ).toBeVisible();
  });

  test('changing an answer updates the picks at once and highlights the ones that changed', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    await user.selectOptions(
      panel().getByRole('combobox', { name: 'How do you want to build the backend?' }),
      'Containers',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 recommendations changed: Backend compute and API layer.',
    );
    const compute = screen.getByRole('article', { name: 'Backend compute' });
    expect(within(compute).getByText('Changed: was AWS Lambda')).toBeVisible();
    expect(
      within(compute).getAllByText('Amazon Elastic Container Service (Amazon ECS)')[0],
    ).toBeVisible();
    const database = screen.getByRole('article', { name: 'Primary database' });
    expect(within(database).queryByText(/^Changed/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Architecture of the recommended stack' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining(
        'Backend compute: Amazon Elastic Container Service (Amazon ECS) (changed)',
      ),
    );
  });

  test('links to the changed picks so keyboard users can go straight to them', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    await user.selectOptions(
      panel().getByRole('combobox', { name: 'How do you want to build the backend?' }),
      'Containers',
    );
    const jump = panel().getByRole('navigation', { name: 'Go to the changed picks' });
    await user.click(within(jump).getByRole('link', { name: 'API layer' }));
    expect(screen.getByRole('article', { name: 'API layer' })).toHaveFocus();
  });

  test('says so when an answer changes nothing, and clears the previous highlight', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    const backend = panel().getByRole('combobox', {
      name: 'How do you want to build the backend?',
    });
    await user.selectOptions(backend, 'Containers');
    await user.selectOptions(
      panel().getByRole('combobox', { name: 'When is your next launch?' }),
      'No fixed date',
    );
    expect(screen.getByRole('status')).toHaveTextContent('No recommendation changed.');
    const compute = screen.getByRole('article', { name: 'Backend compute' });
    expect(within(compute).queryByText(/^Changed/)).not.toBeInTheDocument();
  });

  test('a ticked feature adds its slot as new, and unticking it says it is no longer needed', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    const features = panel().getByRole('group', { name: 'Which features does the product need?' });
    await user.click(within(features).getByRole('checkbox', { name: 'Full-text search' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 recommendation changed: Search.');
    expect(
      within(screen.getByRole('article', { name: 'Search' })).getByText('New in your stack'),
    ).toBeVisible();

    await user.click(within(features).getByRole('checkbox', { name: 'Full-text search' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 part of the stack is no longer needed: Search.',
    );
    expect(screen.queryByRole('article', { name: 'Search' })).not.toBeInTheDocument();
  });

  test('an exclusive option clears the others, and questions that no longer apply drop out', async () => {
    const { user } = renderResults(presetAnswers('seed-saas'));
    const data = panel().getByRole('group', { name: 'What kinds of data will you store?' });
    expect(
      panel().getByRole('combobox', { name: 'How much recent data could you afford to lose?' }),
    ).toBeVisible();
    await user.click(within(data).getByRole('checkbox', { name: 'No stored data' }));
    expect(within(data).getByRole('checkbox', { name: 'Relational (SQL)' })).not.toBeChecked();
    expect(
      panel().queryByRole('combobox', { name: 'How much recent data could you afford to lose?' }),
    ).not.toBeInTheDocument();
  });

  test('a question that starts to apply appears in the panel', async () => {
    const { user } = renderResults({ ...presetAnswers('seed-saas'), budget: 'lean' });
    const credits = () =>
      panel().queryByRole('combobox', { name: 'How much in AWS credits do you have left?' });
    expect(credits()).not.toBeInTheDocument();
    await user.selectOptions(
      panel().getByRole('combobox', { name: 'What is your infrastructure budget like?' }),
      'Credits and free tier',
    );
    expect(credits()).toBeVisible();
  });
});
