import { textOf } from '../../text-of';
import { screen, within } from '@testing-library/react';
import { content } from '../bilingual-content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advise } from '../../../src/domain/advise';
import { parseAnswers } from '../../../src/domain/answers';
import { compareAdvice } from '../../../src/domain/compare/compare-advice';
import { nextStageAnswers } from '../../../src/domain/compare/next-stage-answers';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useLanguageStore } from '../../../src/stores/language-store';
import { renderApp } from '../render-app';

const answersOf = (id: string) => {
  const preset = content.presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset "${id}"`);
  return parseAnswers(preset.answers, content.questionnaire).answers;
};
const mine = answersOf('growth-marketplace');

/** The "Changed" rows of one table, by their row header. */
function changedRows(tableName: string): string[] {
  const table = screen.getByRole('region', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByText('Changed'))
    .map((row) => within(row).getByRole('rowheader').textContent);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('compare page', () => {
  it('puts the first example team next to my answers and marks each changed slot in words', async () => {
    useAnswersStore.setState({ answers: mine });
    await renderApp('/compare');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare two stacks' }),
    ).toBeVisible();
    const first = content.presets[0];
    if (!first) throw new Error('no presets');
    expect(screen.getByRole('combobox', { name: 'Example team' })).toHaveValue(first.id);

    const expected = compareAdvice(
      advise(answersOf(first.id), content),
      advise(mine, content),
      content,
    );
    expect(changedRows('Stack')).toEqual([
      ...(expected.cost.changed ? ['Monthly cost estimate'] : []),
      ...expected.slots.filter((slot) => slot.changed).map((slot) => textOf(slot.title, 'en')),
    ]);
    expect(
      within(screen.getByRole('region', { name: 'Stack' })).getAllByRole('columnheader')[1],
    ).toHaveTextContent(textOf(first.title, 'en'));
  });

  it('compares my answers with one stage later', async () => {
    useAnswersStore.setState({ answers: answersOf('seed-saas') });
    const { user } = await renderApp('/compare');
    await user.click(
      await screen.findByRole('radio', { name: 'My answers now and one stage later' }),
    );

    const expected = compareAdvice(
      advise(answersOf('seed-saas'), content),
      advise(nextStageAnswers(answersOf('seed-saas'), content.questionnaire), content),
      content,
    );
    expect(changedRows('Design-for-failure checklist')).toEqual(
      expected.failure.filter((row) => row.changed).map((row) => textOf(row.title, 'en')),
    );
    expect(changedRows('Decisions and doors')).toEqual(
      expected.decisions
        .filter((row) => row.doorChanged || row.choiceChanged)
        .map((row) => textOf(row.title, 'en')),
    );
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('names the two stages it compares, above the tables and in their headers', async () => {
    useAnswersStore.setState({ answers: answersOf('seed-saas') });
    const { user } = await renderApp('/compare');
    await user.click(
      await screen.findByRole('radio', { name: 'My answers now and one stage later' }),
    );

    expect(screen.getByText('Stages compared: Seed → Early')).toBeVisible();
    const headers = within(screen.getByRole('region', { name: 'Stack' })).getAllByRole(
      'columnheader',
    );
    expect(headers[1]).toHaveTextContent('My answers now (Seed)');
    expect(headers[2]).toHaveTextContent('My answers, one stage later (Early)');
  });

  it('says why both sides match for a team already at the last stage', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    useAnswersStore.setState({ answers: { ...answersOf('seed-saas'), stage: 'later' } });
    const { user } = await renderApp('/compare');
    await user.click(
      await screen.findByRole('radio', { name: '今の自分の回答と 1 つ先のステージ' }),
    );

    expect(
      screen.getByText(
        'チームはすでに最後のステージ（レイター期）にいるため、両側は同じ内容です。',
      ),
    ).toBeVisible();
    expect(
      within(screen.getByRole('region', { name: 'スタック' })).getAllByRole('columnheader')[1],
    ).toHaveTextContent(/^自分の回答$/);
  });

  it('downloads the comparison as Markdown', async () => {
    useAnswersStore.setState({ answers: mine });
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderApp('/compare');
    await user.click(await screen.findByRole('button', { name: 'Download comparison (.md)' }));
    expect(await saved?.text()).toMatch(/^# .*\n/);
    expect(await saved?.text()).toContain('My answers');
  });

  it('speaks Japanese', async () => {
    useLanguageStore.setState({ lang: 'ja' });
    await renderApp('/compare');
    expect(
      await screen.findByRole('heading', { level: 1, name: '2 つのスタックを比べる' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: '比較' })).toHaveAttribute('aria-current', 'page');
  });
});
