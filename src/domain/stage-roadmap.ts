import type { RoadmapStep } from './advice';
import type { Answers } from './answers';
import type { Stage } from './guidance-schema';
import { answerForRole } from './question-roles';
import type { QuestionnaireOutline } from './questionnaire-outline';

/**
 * The S-curve from the talk as a plan: where the team stands, the next stage's concerns to prepare
 * for, and what to revisit later, each with the signal that says it is time.
 */
export function stageRoadmap(
  answers: Answers,
  questionnaire: QuestionnaireOutline,
  stages: readonly Stage[],
): RoadmapStep[] {
  const stage = answerForRole(answers, questionnaire, 'stage');
  const current = Math.max(
    0,
    stages.findIndex(({ id }) => id === stage),
  );
  return stages.map((stage, i) => ({
    stage: stage.id,
    title: stage.title,
    position: i < current ? 'past' : i === current ? 'now' : i === current + 1 ? 'next' : 'later',
    trigger: stage.trigger,
    concerns: stage.concerns.map((concern) => ({
      id: concern.id,
      label: concern.label,
      services: concern.services,
    })),
  }));
}
