import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { screenContent } from '../../../src/app/content-in-language';
import { encodeShareLink } from '../../../src/domain/share-link/encode-share-link';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useScenarioStore } from '../../../src/stores/scenario-store';
import { renderApp } from '../render-app';
import { content, presetAnswers } from './render-results';

const seedSaas = presetAnswers('seed-saas');
const mine = presetAnswers('growth-marketplace');

async function switchToContainers(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'What if?' }));
  const whatIf = within(await screen.findByRole('region', { name: 'What if?' }));
  await user.selectOptions(
    whatIf.getByRole('combobox', { name: 'How do you want to build the backend?' }),
    'Containers',
  );
}

describe('a what-if scenario on an example team', () => {
  test('is compared with the example’s answers and offers no Keep, only Back', async () => {
    useAnswersStore.setState({ answers: mine });
    const { user } = await renderApp('/p/seed-saas');
    await switchToContainers(user);

    const summary = screen.getByRole('region', { name: 'Changed from the example team’s answers' });
    expect(summary).toHaveTextContent('Serverless functions → Containers');
    expect(summary).toHaveTextContent(
      '“Make it mine” saves the example team’s answers with these changes.',
    );
    expect(
      within(summary).queryByRole('button', { name: 'Keep these changes' }),
    ).not.toBeInTheDocument();
    expect(useAnswersStore.getState().answers, 'saved answers untouched').toEqual(mine);
    expect(useScenarioStore.getState().edits, 'the saved answers’ scenario untouched').toEqual({});

    await user.click(
      within(summary).getByRole('button', { name: 'Back to the example team’s answers' }),
    );
    expect(
      screen.queryByRole('region', { name: 'Changed from the example team’s answers' }),
    ).not.toBeInTheDocument();
  });

  test('Make it mine names the changes and saves the example with them', async () => {
    useAnswersStore.setState({ answers: mine });
    const { user, location } = await renderApp('/p/seed-saas');
    await switchToContainers(user);

    await user.click(screen.getByRole('button', { name: 'Make it mine' }));
    const dialog = screen.getByRole('dialog', { name: 'Save these answers with your changes?' });
    expect(dialog).toHaveTextContent(
      'Your answers will be this example team’s answers with the 1 change you made here. They replace the answers saved in this browser.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useAnswersStore.getState().answers, 'cancelled').toEqual(mine);

    await user.click(screen.getByRole('button', { name: 'Make it mine' }));
    await user.click(screen.getByRole('button', { name: 'Save with my changes' }));
    expect(useAnswersStore.getState().answers).toEqual({ ...seedSaas, backend: 'containers' });
    await waitFor(() => {
      expect(location().pathname).toBe('/results');
    });
  });
});

describe('an example team’s page before the engine is in', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function openWhatIf() {
    const { user } = await renderApp('/p/seed-saas');
    await user.click(await screen.findByRole('button', { name: 'What if?' }));
    return within(await screen.findByRole('region', { name: 'What if?' }));
  }

  test('shows the example’s picks and says the answers are getting ready', async () => {
    vi.spyOn(screenContent.results, 'load').mockReturnValue(new Promise(() => {}));
    const whatIf = await openWhatIf();
    expect(screen.getAllByRole('article').length, 'the picks are there').toBeGreaterThan(5);
    expect(whatIf.getByText('Getting ready for you to change the answers…')).toBeVisible();
    expect(whatIf.queryByRole('combobox')).not.toBeInTheDocument();
  });

  test('says why the answers cannot change when the engine cannot load, and keeps the picks', async () => {
    vi.spyOn(screenContent.results, 'load').mockRejectedValue(new TypeError('offline'));
    const whatIf = await openWhatIf();
    expect(
      await whatIf.findByText(
        'The answers cannot be changed here until the app has loaded. Check your connection and reload the page.',
      ),
    ).toBeVisible();
    expect(whatIf.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(5);
  });
});

describe('a what-if scenario on a share link', () => {
  test('Use these answers asks first, then saves the link’s answers with the changes', async () => {
    const { user } = await renderApp(`/s?${encodeShareLink(seedSaas, content.questionnaire)}`);
    await switchToContainers(user);
    expect(
      screen.getByRole('region', { name: 'Changed from the link’s answers' }),
    ).toHaveTextContent('Serverless functions → Containers');

    await user.click(screen.getByRole('button', { name: 'Use these answers' }));
    const dialog = screen.getByRole('dialog', { name: 'Save these answers with your changes?' });
    expect(dialog).toHaveTextContent(
      'Your answers will be the link’s answers with the 1 change you made here.',
    );
    expect(dialog, 'nothing saved to replace').not.toHaveTextContent('replace');
    await user.click(within(dialog).getByRole('button', { name: 'Save with my changes' }));
    expect(useAnswersStore.getState().answers).toEqual({ ...seedSaas, backend: 'containers' });
  });
});

describe('while a scenario is active on /results', () => {
  test('Copy link copies the saved answers, not the scenario', async () => {
    useAnswersStore.setState({ answers: seedSaas });
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = await renderApp('/results');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await switchToContainers(user);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/en/s?${encodeShareLink(seedSaas, content.questionnaire)}`,
    );
  });

  test('the review page shows the saved answers, and Start over there drops the scenario too', async () => {
    useAnswersStore.setState({ answers: seedSaas });
    const { user, router } = await renderApp('/results');
    await switchToContainers(user);
    expect(useScenarioStore.getState().edits).toEqual({ backend: 'containers' });

    await router.navigate('/review');
    await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
    const backend = screen.getByText('How do you want to build the backend?', { selector: 'dt' });
    expect(backend.nextElementSibling, 'the saved answer').toHaveTextContent(
      /^Serverless functions$/,
    );

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(useScenarioStore.getState().edits).toEqual({});
  });
});
