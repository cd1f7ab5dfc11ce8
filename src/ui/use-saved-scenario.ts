import { useMemo } from 'react';
import { applyEdits } from '../domain/what-if-scenario';
import { useAnswersStore } from '../stores/answers-store';
import { useScenarioStore } from '../stores/scenario-store';
import type { ScenarioOverSaved } from './what-if-scenario';

/**
 * The what-if scenario of the results page, beside the saved answers: edits change the scenario
 * store only, and the saved answers change when the user keeps the scenario.
 */
export function useSavedScenario(): ScenarioOverSaved {
  const saved = useAnswersStore((state) => state.answers);
  const keepAnswers = useAnswersStore((state) => state.keepAnswers);
  const edits = useScenarioStore((state) => state.edits);
  const edit = useScenarioStore((state) => state.edit);
  const discard = useScenarioStore((state) => state.discard);
  const answers = useMemo(() => applyEdits(saved, edits), [saved, edits]);
  return {
    origin: 'saved',
    base: saved,
    answers,
    change: (questionId, value) => {
      edit(saved, questionId, value);
    },
    discard,
    keep: () => {
      keepAnswers(answers);
      discard();
    },
  };
}
