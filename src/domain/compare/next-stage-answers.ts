import type { Answers } from '../answers';
import { questionWithRole } from '../question-roles';
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
