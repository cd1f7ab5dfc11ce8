import type { Answers, AnswerValue } from '../domain/answers';
import type { QuestionnaireOutline } from '../domain/questionnaire-outline';
import { answerChanges } from '../domain/what-if-scenario';

/** What a results page's "what if" may do, by where the answers it starts from came from. */
export type WhatIfScenario = ScenarioOverSaved | ScenarioOverPreview;

interface ScenarioBase {
  /** The answers the scenario starts from and is compared with. */
  base: Answers;
  /** What the page shows: `base` with the what-if edits on top, `base` itself while there are none. */
  answers: Answers;
  change: (questionId: string, value: AnswerValue | undefined) => void;
  /** Drops every edit, back to `base`. */
  discard: () => void;
}

/** Over the user's saved answers (`/results`): the scenario can be kept as their answers. */
export interface ScenarioOverSaved extends ScenarioBase {
  origin: 'saved';
  /** Writes the scenario into the saved answers; the scenario is then empty. */
  keep: () => void;
}

/**
 * Over answers that are looked at, not saved (an example team, a share link): nothing here is
 * saved; the page's own "Make it mine" or "Use these answers" adopts what is shown.
 */
export interface ScenarioOverPreview extends ScenarioBase {
  origin: 'example' | 'link';
}

/** How many answers the scenario changes against the answers it starts from. */
export function countChanges(
  scenario: WhatIfScenario,
  questionnaire: QuestionnaireOutline,
): number {
  return answerChanges(scenario.base, scenario.answers, questionnaire).length;
}
