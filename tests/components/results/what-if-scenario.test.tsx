import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { useAnnouncementStore } from '../../../src/stores/announcement-store';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useLanguageStore } from '../../../src/stores/language-store';
import { presetAnswers, renderResults } from './render-results';

const seedSaas = presetAnswers('seed-saas');

function whatIf() {
  return within(screen.getByRole('region', { name: 'What if?' }));
}

function backendControl() {
  return whatIf().getByRole('combobox', { name: 'How do you want to build the backend?' });
}

async function switchToContainers() {
  const view = renderResults(seedSaas);
  await view.user.selectOptions(backendControl(), 'Containers');
  return view;
}

describe('a what-if scenario over the saved answers', () => {
  test('lists each changed answer, before and after, and what it does to the stack', async () => {
    await switchToContainers();
    const summary = screen.getByRole('region', { name: 'Changed from your answers' });
    expect(within(summary).getByRole('listitem')).toHaveTextContent(
      'How do you want to build the backend?: Serverless functions → Containers',
    );
    expect(summary, 'the stack against the saved answers').toHaveTextContent(
      '2 recommendations changed: Backend compute and API layer.',
    );
    expect(summary).toHaveTextContent(
      'Copy link, the export and the review page use your saved answers until you keep these changes.',
    );
  });

  test('leaves the saved answers untouched until the user keeps the changes', async () => {
    const { user } = await switchToContainers();
    expect(useAnswersStore.getState().answers, 'after a what-if').toEqual(seedSaas);

    await user.click(screen.getByRole('button', { name: 'Keep these changes' }));
    expect(useAnswersStore.getState().answers, 'after Keep').toEqual({
      ...seedSaas,
      backend: 'containers',
    });
    expect(
      screen.queryByRole('region', { name: 'Changed from your answers' }),
      'the scenario is empty',
    ).not.toBeInTheDocument();
    expect(backendControl(), 'still showing the kept answer').toHaveValue('containers');
    expect(useAnnouncementStore.getState().message).toBe(
      'Your saved answers now include these changes.',
    );
    expect(screen.getByRole('heading', { name: 'What if?' }), 'focus stays nearby').toHaveFocus();
  });

  test('Back to my answers drops the scenario and shows the saved answers again', async () => {
    const { user } = await switchToContainers();
    await user.click(screen.getByRole('button', { name: 'Back to my answers' }));

    expect(backendControl()).toHaveValue('functions');
    expect(
      screen.queryByRole('region', { name: 'Changed from your answers' }),
    ).not.toBeInTheDocument();
    const compute = screen.getByRole('article', { name: 'Backend compute' });
    expect(within(compute).getAllByText('AWS Lambda')[0], 'the saved pick is back').toBeVisible();
    expect(useAnswersStore.getState().answers, 'nothing was saved').toEqual(seedSaas);
    expect(useAnnouncementStore.getState().message).toBe(
      'Back to your saved answers; the changes were dropped.',
    );
  });

  test('changing an answer back by hand ends the scenario', async () => {
    const { user } = await switchToContainers();
    await user.selectOptions(backendControl(), 'Serverless functions');
    expect(
      screen.queryByRole('region', { name: 'Changed from your answers' }),
    ).not.toBeInTheDocument();
  });

  test('reads as Japanese, with full-width punctuation', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    const { user } = renderResults(seedSaas);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'バックエンドはどのように作りたいですか？' }),
      'コンテナ',
    );
    const summary = screen.getByRole('region', { name: '保存した回答からの変更' });
    expect(within(summary).getByRole('listitem')).toHaveTextContent(
      'バックエンドはどのように作りたいですか？：サーバーレス関数 → コンテナ',
    );
    expect(summary).toHaveTextContent(
      'おすすめが 2 件変わりました：バックエンドの実行基盤、API レイヤー。月額の見積もり',
    );
    expect(within(summary).getByRole('button', { name: 'この変更を保存する' })).toBeVisible();
  });
});
