import type { Advice } from '../advice';
import { findService } from '../content-lookup';
import { escapeDate } from './escape-markdown';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

/** When the facts behind the stack were last checked: the range of `reviewed` dates of its services. */
export function reviewedLine(advice: Advice, ctx: MarkdownContext): string {
  // ISO dates sort as strings.
  const dates = [
    ...new Set(
      advice.stack.flatMap((entry) => findService(ctx.content, entry.service)?.reviewed ?? []),
    ),
  ].sort();
  const from = dates[0] ?? '';
  const to = dates[dates.length - 1] ?? '';
  return from === to
    ? ctx.say(m.reviewedOn, { date: escapeDate(to) })
    : ctx.say(m.reviewedBetween, { from: escapeDate(from), to: escapeDate(to) });
}
