import type { RoadmapStep } from '../advice';
import type { MarkdownContext } from './markdown-context';
import { roadmapPositionLabels } from '../engine-labels';
import { markdownMessages as m } from './markdown-messages';

/** The stage roadmap: every stage with its concerns and services, and for stages ahead, when to revisit. */
export function roadmapSection(steps: readonly RoadmapStep[], ctx: MarkdownContext): string {
  const items = steps.map((step) => {
    const lines = [
      `- ${ctx.say(m.roadmapLine, { stage: ctx.text(step.title), position: ctx.say(roadmapPositionLabels[step.position]) })}`,
      ...step.concerns.map(
        (concern) =>
          `  - ${ctx.say(m.concern, { concern: ctx.text(concern.label), services: ctx.list(concern.services.map(ctx.serviceName)) })}`,
      ),
    ];
    if (step.position === 'next' || step.position === 'later')
      lines.push(`  - ${ctx.say(m.revisitWhen, { trigger: ctx.text(step.trigger) })}`);
    return lines.join('\n');
  });
  return [`## ${ctx.say(m.roadmapHeading)}`, items.join('\n')].join('\n\n');
}
