import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Answers, AnswerValue } from '../../../src/domain/answers';
import { ResultsPage } from '../../../src/features/results/results-page';
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

/** Owns the answers like the app's store does, so "what if" edits flow back into the page. */
function ResultsWithAnswers({ initial }: { initial: Answers }) {
  const [answers, setAnswers] = useState(initial);
  const change = (questionId: string, value: AnswerValue | undefined) => {
    setAnswers((previous) => {
      const next = Object.entries(previous).filter(([id]) => id !== questionId);
      return Object.fromEntries(value === undefined ? next : [...next, [questionId, value]]);
    });
  };
  return <ResultsPage answers={answers} content={content} onAnswerChange={change} />;
}

/**
 * Renders the results for the answers and, unless `collapsed`, opens every part the way a reader
 * does with "Open every part", so a test can read any pick's details.
 */
export function renderResults(answers: Answers, { collapsed = false } = {}) {
  const user = userEvent.setup();
  const rendered = render(<ResultsWithAnswers initial={answers} />);
  if (!collapsed)
    fireEvent.click(screen.getByRole('button', { name: /^(Open every part|すべて開く)$/ }));
  return { user, ...rendered };
}
