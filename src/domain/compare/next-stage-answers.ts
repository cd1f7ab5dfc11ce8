import type { Answers } from '../answers';
import { stageIds } from '../stage-ids';

/**
 * The same team one stage later (seed → early → growth → later), for "my answers now against one
 * stage later". Every other answer is kept; a team already at the later stage, or with no stage
 * answered, is returned unchanged. Never mutates its argument.
 */
export function nextStageAnswers(answers: Answers): Answers {
  const stage = answers['stage'];
  const index = stageIds.findIndex((id) => id === stage);
  const next = stageIds[index + 1];
  return index === -1 || next === undefined ? answers : { ...answers, stage: next };
}
