import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '../../../src/domain/answers';
import { engineAdviser } from '../../../src/app/engine-adviser';
import { ResultsPage } from '../../../src/features/results/results-page';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useSavedScenario } from '../../../src/ui/use-saved-scenario';
// The content the browser gets, parsed and checked by the Vite plugin. (tests/fixtures/content
// cannot load under jsdom: its file URL resolves against jsdom's URL class and stops being file:.)
import { content } from '../bilingual-content';

export { content };

/** The answers of a preset from content/presets, as a mentor would open it. */
export function presetAnswers(id: string): Answers {
  const preset = content.presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset "${id}"`);
  return preset.answers;
}

/** The results page as `/results` shows it: the saved answers, with a what-if scenario beside them. */
function ResultsOfSavedAnswers() {
  return (
    <ResultsPage scenario={useSavedScenario()} content={content} adviser={engineAdviser(content)} />
  );
}

/**
 * Saves `answers` in the answers store, as a finished questionnaire would, opens the results and,
 * unless `collapsed`, opens every part the way a reader does with "Open every part", so a test can
 * read any pick's details.
 */
export function renderResults(answers: Answers, { collapsed = false } = {}) {
  useAnswersStore.setState({ answers });
  const user = userEvent.setup();
  const rendered = render(<ResultsOfSavedAnswers />);
  if (!collapsed)
    fireEvent.click(screen.getByRole('button', { name: /^(Open every part|すべて開く)$/ }));
  return { user, ...rendered };
}
