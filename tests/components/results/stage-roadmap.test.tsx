import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { presetAnswers, renderResults } from './render-results';

describe('the stage roadmap', () => {
  test('draws the S-curve and marks where the team stands', () => {
    renderResults(presetAnswers('consumer-video-app'));
    const roadmap = within(screen.getByRole('region', { name: 'The road ahead' }));
    const curve = roadmap.getByRole('img', { name: /growth S-curve/ });
    expect(curve).toHaveAccessibleDescription('You are at the Early stage.');
    const current = roadmap
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent(/^EarlyYou are here/);
  });

  test('says what to revisit at each later stage and when, but not for stages behind', () => {
    renderResults(presetAnswers('consumer-video-app'));
    const roadmap = within(screen.getByRole('region', { name: 'The road ahead' }));
    const stage = (name: string) => {
      const item = roadmap.getByRole('heading', { level: 3, name }).closest('li');
      if (!item) throw new Error(`${name} is not a list item`);
      return within(item);
    };
    expect(stage('Seed').getByText('Behind you')).toBeVisible();
    expect(stage('Seed').queryByText(/^Revisit when/)).not.toBeInTheDocument();
    expect(stage('Growth').getByText('Next')).toBeVisible();
    expect(stage('Growth').getByText(/^Log analysis: Amazon Simple Storage Service/)).toBeVisible();
    expect(
      stage('Growth').getByText(/^Revisit when: Paying customers depend on you daily/),
    ).toBeVisible();
    expect(
      stage('Later').getByText(/^Revisit when: Enterprise customers send security questionnaires/),
    ).toBeVisible();
  });
});
