import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '../../../src/domain/answers';
import { ResultsPage } from '../../../src/features/results/results-page';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useSavedScenario } from '../../../src/ui/use-saved-scenario';
// The content the browser gets, parsed and checked by the Vite plugin. (tests/fixtures/content
// cannot load under jsdom: its file URL resolves against jsdom's URL class and stops being file:.)
import content from '../bilingual-content';

export { content };

/** The answers of a preset from content/presets, as a mentor would open it. */
export function presetAnswers(id: string): Answers {
  const preset = content.presets.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`no preset "${id}"`);
  return preset.answers;
}

/** The results page as `/results` shows it: the saved answers, with a what-if scenario beside them. */
function ResultsOfSavedAnswers() {
  return <ResultsPage scenario={useSavedScenario()} content={content} />;
}

/** Saves `answers` in the answers store, as a finished questionnaire would, and opens the results. */
export function renderResults(answers: Answers) {
  useAnswersStore.setState({ answers });
  const user = userEvent.setup();
  return { user, ...render(<ResultsOfSavedAnswers />) };
}
