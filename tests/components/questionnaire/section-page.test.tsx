import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { renderApp } from '../render-app';

const answers = () => useAnswersStore.getState().answers;

describe('a questionnaire section', () => {
  it('asks a single-choice question as a radio group and saves the choice', async () => {
    const { user } = await renderApp('/questions/stage-and-team');
    const stage = screen.getByRole('radiogroup', { name: /Which stage is your startup in\?/ });
    const seed = within(stage).getByRole('radio', { name: 'Seed' });

    expect(seed, 'examples describe the option').toHaveAccessibleDescription(/pilot users/);
    await user.click(seed);

    expect(seed).toBeChecked();
    expect(answers()).toEqual({ stage: 'seed' });
  });

  it('asks a multi-choice question as checkboxes, where the exclusive option clears the others', async () => {
    const { user } = await renderApp('/questions/product');
    const data = screen.getByRole('group', { name: /What kinds of data will you store\?/ });
    const relational = within(data).getByRole('checkbox', { name: 'Relational (SQL)' });
    const keyValue = within(data).getByRole('checkbox', { name: 'Key-value' });
    const none = within(data).getByRole('checkbox', { name: 'No stored data' });

    await user.click(relational);
    await user.click(keyValue);
    expect(answers().data, 'two kinds chosen').toEqual(['relational', 'key-value']);

    await user.click(none);
    expect(answers().data, 'none clears the others').toEqual(['none']);
    expect(relational).not.toBeChecked();
    expect(screen.getByText('“No stored data” cleared your other choices.')).toBeInTheDocument();

    await user.click(relational);
    expect(answers().data, 'another kind clears none').toEqual(['relational']);
    expect(none).not.toBeChecked();

    await user.click(relational);
    expect(answers().data, 'unticking the last one clears the answer').toBeUndefined();
  });

  it('shows a follow-up question only while the answer that asks for it holds', async () => {
    useAnswersStore.setState({ answers: { stage: 'seed' } });
    const { user } = await renderApp('/questions/stage-and-team');
    const credits = () => screen.queryByRole('radiogroup', { name: /How much in AWS credits/ });
    expect(credits(), 'hidden at first').not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Credits and free tier/ }));
    expect(credits(), 'shown for a team on credits').toBeInTheDocument();
    expect(
      screen.getByText(/A follow-up question appeared: How much in AWS credits/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Lean/ }));
    expect(credits(), 'hidden again').not.toBeInTheDocument();
    expect(
      screen.getByText(/no longer applies and was hidden: How much in AWS credits/),
    ).toBeInTheDocument();
  });

  it('counts progress over the questions shown, so it stays right as they come and go', async () => {
    useAnswersStore.setState({ answers: { stage: 'seed', data: ['relational'] } });
    const { user } = await renderApp('/questions/stage-and-team');
    expect(screen.getByText('2 of 22 questions answered')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: /^Question 4 of 22/ })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Credits and free tier/ }));

    expect(screen.getByText('3 of 23 questions answered')).toBeInTheDocument();
    expect(
      screen.getByRole('radiogroup', { name: /^Question 5 of 23 How much in AWS credits/ }),
    ).toBeVisible();
    expect(screen.getByRole('progressbar', { name: '3 of 23 questions answered' })).toHaveAttribute(
      'value',
      '3',
    );
  });

  it('announces unanswered questions on Next and lets the user skip them', async () => {
    const { user, location } = await renderApp('/questions/decisions');

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 questions on this page have no answer yet.');
    expect(alert).toHaveFocus();
    expect(location().pathname, 'stays on the page').toBe('/questions/decisions');

    await user.click(within(alert).getByRole('link', { name: /Must your data stay/ }));
    expect(
      screen.getByRole('radio', { name: /No requirement/ }),
      'link focuses the question',
    ).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Skip for now' }));
    expect(location().pathname).toBe('/questions/failure');
  });

  it('moves between sections with Back and Next, ending at the review', async () => {
    useAnswersStore.setState({
      answers: { sensitive: ['none'], audits: ['none'], stage: 'seed' },
    });
    const { user, location } = await renderApp('/questions/compliance');

    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    await waitFor(() => {
      expect(location().pathname, 'last section leads to the review').toBe('/review');
    });

    const back = await renderApp('/questions/product');
    await back.user.click(screen.getAllByRole('link', { name: 'Back' })[0] as HTMLElement);
    expect(back.location().pathname).toBe('/questions/stage-and-team');
  });

  it('can be answered with the keyboard alone', async () => {
    const { user, location } = await renderApp('/questions/decisions');

    await user.tab();
    while (!screen.getAllByRole('checkbox').includes(document.activeElement as HTMLElement)) {
      await user.tab();
    }
    await user.keyboard(' ');
    expect(answers().deliberating, 'Space ticks a checkbox').toHaveLength(1);

    while ((document.activeElement as HTMLInputElement).type !== 'radio') await user.tab();
    await user.keyboard(' ');
    const first = answers().residency;
    await user.keyboard('{ArrowDown}');
    expect(answers().residency, 'arrows move the choice').not.toBe(first);

    await user.keyboard('{Enter}');
    expect(location().pathname, 'Enter submits the page').toBe('/questions/failure');
  });

  it('says so when the section does not exist', async () => {
    await renderApp('/questions/no-such-section');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
