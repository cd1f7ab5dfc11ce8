import type { Advice, Reason, StackEntry, WhyNot } from '../advice';
import { whyNotMessages } from '../why-not';
import type { MarkdownContext } from './markdown-context';
import { doorLabels, timeBoxLabels } from '../engine-labels';
import { markdownMessages as m } from './markdown-messages';
import { markdownTable } from './markdown-table';

/** The reason that weighed most for this team: the rule that added the most, else the slot's standing reason. */
function strongestReason(entry: StackEntry): Reason | undefined {
  let best: Reason | undefined;
  for (const reason of entry.reasons) {
    if (reason.rule === null || reason.score === null || reason.score <= 0) continue;
    if (!best || reason.score > (best.score ?? 0)) best = reason;
  }
  return best ?? entry.reasons[0];
}

function servicesCell(entry: StackEntry, ctx: MarkdownContext): string {
  if (entry.tie)
    return ctx.say(m.tieCell, { services: ctx.list(entry.tie.services.map(ctx.serviceLink)) });
  return ctx.list(entry.services.map(ctx.serviceLink));
}

/** The recommended stack as a table: slot, services (linked to their docs), why in one line, door. */
export function stackSection(advice: Advice, ctx: MarkdownContext): string {
  const rows = advice.stack.map((entry) => {
    const decision = advice.decisions.find((d) => d.slot === entry.slot);
    const reason = strongestReason(entry);
    const door = decision
      ? ctx.say(m.doorCell, {
          door: ctx.say(doorLabels[decision.door.kind]),
          timeBox: ctx.say(timeBoxLabels[decision.door.timeBox]),
        })
      : '';
    return [
      ctx.text(entry.title),
      servicesCell(entry, ctx),
      reason ? ctx.text(reason.text) : '',
      door,
    ];
  });
  const header = [m.slotColumn, m.serviceColumn, m.whyColumn, m.doorColumn].map((h) => ctx.say(h));
  return [`## ${ctx.say(m.stackHeading)}`, markdownTable(header, rows)].join('\n\n');
}

/** How to set up each pick for the team's availability, data-loss and recovery targets. */
export function setupSection(advice: Advice, ctx: MarkdownContext): string | null {
  const lines = advice.stack.flatMap((entry) =>
    entry.configuration.map(
      (configuration) =>
        `- ${ctx.say(m.setupLine, {
          slot: ctx.text(entry.title),
          service: ctx.serviceName(configuration.service),
          text: ctx.text(configuration.text),
        })}`,
    ),
  );
  return lines.length > 0 ? [`## ${ctx.say(m.setupHeading)}`, lines.join('\n')].join('\n\n') : null;
}

/**
 * One line for why a candidate is not the pick, in the export's language; a constraint names the
 * answers it rests on, so "does not store every kind of data" says which kinds.
 */
export function whyNotLine(whyNot: WhyNot, ctx: MarkdownContext): string {
  const line = ctx.say(whyNotMessages[whyNot.kind], {
    pick: whyNot.versus ? ctx.serviceName(whyNot.versus) : '',
    text: ctx.text(whyNot.text),
  });
  if (whyNot.kind !== 'ruled-out' || whyNot.matched.length === 0) return line;
  const answers = ctx.list(whyNot.matched.map((a) => ctx.optionLabel(a.question, a.value)));
  return ctx.say(m.withAnswers, { line, answers });
}

/** Every alternative and every ruled-out candidate, per slot, each with why it lost. */
export function alternativesSection(advice: Advice, ctx: MarkdownContext): string | null {
  const slots = advice.stack.flatMap((entry) => {
    const lost = [...entry.alternatives, ...entry.excluded].map(
      (candidate) =>
        `  - ${ctx.say(m.alternativeLine, {
          service: ctx.serviceName(candidate.service),
          text: whyNotLine(candidate.whyNot, ctx),
        })}`,
    );
    return lost.length > 0 ? [`- **${ctx.text(entry.title)}**`, ...lost] : [];
  });
  return slots.length > 0
    ? [`## ${ctx.say(m.alternativesHeading)}`, slots.join('\n')].join('\n\n')
    : null;
}
