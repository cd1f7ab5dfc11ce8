import { useMemo, useState } from 'react';
import type { Answers } from '../domain/answers';
import { applyEdits, withEdit, type ScenarioEdits } from '../domain/what-if-scenario';
import type { ScenarioOverPreview } from './what-if-scenario';

/**
 * A what-if scenario over answers that are looked at, not saved (a share link, a preset): edits
 * live in this page's state only, so the user's saved answers stay as they were until they choose
 * to replace them, and leaving the page drops the scenario. `base` should keep its identity across
 * renders (memoise it).
 */
export function usePreviewScenario(
  origin: ScenarioOverPreview['origin'],
  base: Answers,
): ScenarioOverPreview {
  const [edits, setEdits] = useState<ScenarioEdits>({});
  const answers = useMemo(() => applyEdits(base, edits), [base, edits]);
  return {
    origin,
    base,
    answers,
    change: (questionId, value) => {
      setEdits((current) => withEdit(current, base, questionId, value));
    },
    discard: () => {
      setEdits({});
    },
  };
}
