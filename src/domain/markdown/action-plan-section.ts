import { actionPlan, type PlannedDecision } from '../action-plan';
import { actionPlanMessages as p, budgetAlarmSentence } from '../action-plan-messages';
import type { Advice } from '../advice';
import { formatUsd } from '../cost/format-usd';
import { doorLabels, timeBoxLabels } from '../engine-labels';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

function named(decision: PlannedDecision, ctx: MarkdownContext): string {
  const title = ctx.text(decision.title);
  return decision.choice
    ? ctx.say(p.decisionChoice, { decision: title, service: ctx.serviceName(decision.choice) })
    : title;
}

function decisionLine(decision: PlannedDecision, ctx: MarkdownContext): string {
  return decision.deliberating
    ? ctx.say(p.stuckMark, { decision: named(decision, ctx) })
    : named(decision, ctx);
}

function timeBoxedLines(decision: PlannedDecision, ctx: MarkdownContext): string[] {
  const line = ctx.say(decision.deliberating ? p.doorMarkStuck : p.doorMark, {
    decision: named(decision, ctx),
    door: ctx.say(doorLabels[decision.door.kind]),
    timeBox: ctx.say(timeBoxLabels[decision.door.timeBox]),
  });
  const lines = [`   - ${line}`];
  if (decision.door.kind === 'one-way' && decision.door.keepOpen)
    lines.push(`     - ${ctx.say(m.keepOpen, { text: ctx.text(decision.door.keepOpen) })}`);
  return lines;
}

/**
 * This week's plan, as the results page shows it first: a numbered list a CTO can paste into an
 * issue tracker, with the trick that keeps each one-way door open and what can wait until when.
 */
export function actionPlanSection(advice: Advice, ctx: MarkdownContext): string {
  const plan = actionPlan(advice, ctx.content);
  const names = (services: readonly string[]) => ctx.list(services.map(ctx.serviceName));
  const steps: string[] = [];
  const step = (title: string, body: readonly string[]) => {
    steps.push([`${String(steps.length + 1)}. **${title}**`, ...body].join('\n'));
  };
  if (plan.decideToday.length > 0)
    step(
      ctx.say(p.decideTodayTitle),
      plan.decideToday.map((decision) => `   - ${decisionLine(decision, ctx)}`),
    );
  if (plan.timeBoxed.length > 0)
    step(
      ctx.say(p.timeBoxedTitle),
      plan.timeBoxed.flatMap((decision) => timeBoxedLines(decision, ctx)),
    );
  if (plan.switchOn.length > 0)
    step(ctx.say(p.switchOnTitle), [
      `   - ${ctx.say(p.switchOnText, { services: names(plan.switchOn) })}`,
    ]);
  const alarm = plan.budgetAlarm;
  if (alarm) {
    const sentence = budgetAlarmSentence(
      alarm.monthlyUsd === null ? null : formatUsd(alarm.monthlyUsd),
      names(alarm.services),
    );
    step(ctx.say(p.budgetTitle), [
      `   - ${ctx.say(sentence.message, sentence.values)}`,
      ...alarm.added.map(
        (item) =>
          `   - ${ctx.say(p.addedItem, { service: ctx.serviceName(item.service), why: ctx.text(item.why) })}`,
      ),
    ]);
  }
  if (plan.deferred.length > 0)
    step(
      ctx.say(p.deferredTitle),
      plan.deferred.map(
        (item) =>
          `   - ${ctx.say(p.deferredItem, { service: ctx.serviceName(item.service), when: ctx.text(item.when) })}`,
      ),
    );
  return [`## ${ctx.say(p.heading)}`, steps.join('\n')].join('\n\n');
}
