import type { Answers } from '../answers';
import type { Stage } from '../guidance-schema';
import { answerForRole, questionWithRole } from '../question-roles';
import type { QuestionnaireOutline } from '../questionnaire-outline';

/**
 * The same team one stage later (seed → early → growth → later), for "my answers now against one
 * stage later". Every other answer is kept; a team already at the later stage, or with no stage
 * answered, is returned unchanged. Never mutates its argument.
 */
export function nextStageAnswers(answers: Answers, questionnaire: QuestionnaireOutline): Answers {
  const question = questionWithRole(questionnaire, 'stage');
  const stage = answers[question.id];
  const index = question.options.findIndex((option) => option.value === stage);
  const next = question.options[index + 1];
  return index === -1 || next === undefined ? answers : { ...answers, [question.id]: next.value };
}

/** The stages on either side of "one stage later", for naming them ("Seed → Early"). */
export interface StageStep {
  /** The team's stage now; undefined when the stage question is not answered. */
  from: Stage | undefined;
  /** The stage after it; undefined when there is none (no stage, or already the last one). */
  to: Stage | undefined;
}

/** The stages that `nextStageAnswers` moves between, read from the same answers. */
export function nextStageStep(
  answers: Answers,
  questionnaire: QuestionnaireOutline,
  stages: readonly Stage[],
): StageStep {
  const stageOf = (side: Answers) => {
    const id = answerForRole(side, questionnaire, 'stage');
    return stages.find((stage) => stage.id === id);
  };
  const from = stageOf(answers);
  const to = stageOf(nextStageAnswers(answers, questionnaire));
  return { from, to: to === from ? undefined : to };
}
