import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('the design-for-failure checklist', () => {
  test('puts what to configure before what is built in, each status in words', () => {
    renderResults(presetAnswers('seed-saas'));
    const failure = section('Design for failure');
    const practices = within(failure)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.closest('li'));
    const statuses = practices.map((practice) => {
      if (!practice) throw new Error('a practice is not a list item');
      return within(practice).getByText(/^(Gap|To configure|Built in)$/).textContent;
    });
    expect(statuses).toEqual(['To configure', 'To configure', 'Built in', 'Built in', 'Built in']);
    expect(practices[0]).toHaveTextContent('Retries and queues');
  });

  test('names the services that cover a practice and what each gives', () => {
    renderResults(presetAnswers('seed-saas'));
    const failure = section('Design for failure');
    const backup = within(failure)
      .getByRole('heading', { level: 3, name: 'Backup and restore' })
      .closest('li');
    if (!backup) throw new Error('the practice is not a list item');
    expect(within(backup).getByText('Built in')).toBeVisible();
    expect(within(backup).getByText('Amazon Aurora Serverless v2 (Built in)')).toBeVisible();
    expect(within(backup).getByText(/continuous backups with point-in-time restore/)).toBeVisible();
  });
});

describe('the heavy-lifting ledger', () => {
  test('names the service that now carries each chore handed off', () => {
    renderResults(presetAnswers('seed-saas'));
    const ledger = within(section('Heavy lifting handed off')).getByRole('table');
    const row = within(ledger).getByRole('row', { name: /^Running login systems/ });
    expect(row).toHaveTextContent('Amazon Cognito (Sign-in and users)');
  });

  test('says a chore nobody carries is a gap, plainly, with services that would carry it', () => {
    renderResults({
      ...presetAnswers('seed-saas'),
      backend: 'containers',
      ops: 'some',
      budget: 'lean',
      offload: ['realtime-servers'],
    });
    const ledger = within(section('Heavy lifting handed off')).getByRole('table');
    const row = within(ledger).getByRole('row', { name: /^Running real-time servers/ });
    expect(within(row).getByText('Gap')).toBeVisible();
    expect(row).toHaveTextContent('Nothing in your stack carries this chore yet');
    expect(row).toHaveTextContent(
      'Services that would: Amazon API Gateway, AWS AppSync, and Amazon Chime SDK',
    );
  });

  test('explains that nothing was handed off when no chore was chosen', () => {
    renderResults(
      Object.fromEntries(
        Object.entries(presetAnswers('seed-saas')).filter(([id]) => id !== 'offload'),
      ),
    );
    expect(
      within(section('Heavy lifting handed off')).getByText(
        /You did not ask to hand off any chores/,
      ),
    ).toBeVisible();
  });
});
