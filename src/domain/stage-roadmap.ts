import type { RoadmapStep } from './advice';
import type { Answers } from './answers';
import type { Stage } from './guidance-schema';

/**
 * The S-curve from the talk as a plan: where the team stands, the next stage's concerns to prepare
 * for, and what to revisit later, each with the signal that says it is time.
 */
export function stageRoadmap(answers: Answers, stages: readonly Stage[]): RoadmapStep[] {
  const current = Math.max(
    0,
    stages.findIndex((stage) => stage.id === answers['stage']),
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
