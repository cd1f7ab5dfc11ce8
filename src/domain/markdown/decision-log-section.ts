import type { Decision } from '../advice';
import type { MarkdownContext } from './markdown-context';
import { doorLabels, timeBoxLabels } from '../engine-labels';
import { markdownMessages as m } from './markdown-messages';

function decisionItem(decision: Decision, ctx: MarkdownContext): string {
  const head = ctx.say(m.decisionLine, {
    title: ctx.text(decision.title),
    door: ctx.say(doorLabels[decision.door.kind]),
    timeBox: ctx.say(timeBoxLabels[decision.door.timeBox]),
  });
  const details: string[] = [];
  if (decision.choice !== null)
    details.push(ctx.say(m.pick, { service: ctx.serviceLink(decision.choice) }));
  if (decision.advice !== null)
    details.push(ctx.say(m.recommendation, { text: ctx.text(decision.advice) }));
  if (decision.door.keepOpen)
    details.push(ctx.say(m.keepOpen, { text: ctx.text(decision.door.keepOpen) }));
  const first = `- ${decision.deliberating ? ctx.sentences([head, ctx.say(m.stuck)]) : head}`;
  return [first, ...details.map((detail) => `  - ${detail}`)].join('\n');
}

/**
 * The decision log in the engine's order (what the team is stuck on, then one-way doors, then
 * two-way doors), each with its door, time-box, the pick or recommendation and how to keep it open.
 */
export function decisionLogSection(decisions: readonly Decision[], ctx: MarkdownContext): string {
  return [
    `## ${ctx.say(m.decisionsHeading)}`,
    ctx.say(m.decisionsIntro),
    decisions.map((decision) => decisionItem(decision, ctx)).join('\n'),
  ].join('\n\n');
}
