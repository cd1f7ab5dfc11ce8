import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { advise } from '../../../src/domain/advise';
import type { Answers } from '../../../src/domain/answers';
import { DocsLink } from '../../../src/features/results/docs-link';
import { content, presetAnswers, renderResults } from './render-results';

// Each slot card renders its service's docs link once per render: counting the link's renders
// counts the cards' renders without touching the card itself.
vi.mock(import('../../../src/features/results/docs-link'), async (importOriginal) => {
  const original = await importOriginal();
  return { DocsLink: vi.fn(original.DocsLink) };
});

const renderedCards = vi.mocked(DocsLink);

function renderedServices(): string[] {
  return renderedCards.mock.calls.map(([props]) => props.service.id).sort();
}

/** The picks of the slots whose advice differs between two answer sets, or whose pick moved. */
function changedPicks(before: Answers, after: Answers): string[] {
  const previous = new Map(
    advise(before, content).stack.map((entry) => [entry.slot, JSON.stringify(entry)]),
  );
  return advise(after, content)
    .stack.filter((entry) => previous.get(entry.slot) !== JSON.stringify(entry))
    .map((entry) => entry.service)
    .sort();
}

beforeEach(() => {
  renderedCards.mockClear();
});

describe('a what-if change', () => {
  test('re-renders only the slot cards whose advice changed', async () => {
    const answers = presetAnswers('seed-saas');
    const { user } = renderResults(answers);
    expect(renderedCards.mock.calls.length, 'cards on first render').toBeGreaterThan(5);
    renderedCards.mockClear();

    await user.selectOptions(
      within(screen.getByRole('region', { name: 'What if?' })).getByRole('combobox', {
        name: 'How do you want to build the backend?',
      }),
      'Containers',
    );

    const expected = changedPicks(answers, { ...answers, backend: 'containers' });
    expect(expected, 'the change moves some picks').not.toHaveLength(0);
    expect(renderedServices()).toEqual(expected);
  });

  test('that changes no advice re-renders no slot card', async () => {
    const answers = presetAnswers('seed-saas');
    const { user } = renderResults(answers);
    const after: Answers = { ...answers, oncall: 'rotation' };
    expect(changedPicks(answers, after), 'this answer leaves the stack alone').toEqual([]);
    renderedCards.mockClear();

    await user.selectOptions(
      within(screen.getByRole('region', { name: 'What if?' })).getByRole('combobox', {
        name: 'Who responds when something breaks at night?',
      }),
      'On-call rotation',
    );

    expect(screen.getByRole('status')).toHaveTextContent('No recommendation changed.');
    expect(renderedServices()).toEqual([]);
  });
});
