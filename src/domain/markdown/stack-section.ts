import type { Advice, Reason, StackEntry } from '../advice';
import type { MarkdownContext } from './markdown-context';
import { doorLabels, markdownMessages as m, timeBoxLabels } from './markdown-messages';
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

/** The recommended stack as a table: slot, service (linked to its docs), why in one line, door. */
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
      ctx.serviceLink(entry.service),
      reason ? ctx.text(reason.text) : '',
      door,
    ];
  });
  const header = [m.slotColumn, m.serviceColumn, m.whyColumn, m.doorColumn].map((h) => ctx.say(h));
  return [`## ${ctx.say(m.stackHeading)}`, markdownTable(header, rows)].join('\n\n');
}
