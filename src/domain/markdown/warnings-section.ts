import type { Advice, Warning } from '../advice';
import { escapeDate, escapeMarkdown } from './escape-markdown';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

/** One warning as escaped sentences: what happened to the service, why, and what replaces it. */
export function warningText(warning: Warning, ctx: MarkdownContext): string {
  switch (warning.kind) {
    case 'service-unavailable': {
      const since = warning.date ? ctx.say(m.since, { date: escapeDate(warning.date) }) : '';
      const status = ctx.say(
        warning.status === 'closed-to-new-customers' ? m.closedToNewCustomers : m.endOfSupport,
        { service: ctx.serviceName(warning.service), since },
      );
      const parts = [status, ctx.text(warning.text)];
      if (warning.successor)
        parts.push(ctx.say(m.replacement, { service: ctx.serviceLink(warning.successor) }));
      return ctx.sentences(parts);
    }
    case 'fixed-cost-on-credits':
      return ctx.sentences([
        ctx.say(m.fixedCost, { service: ctx.serviceName(warning.service) }),
        ctx.text(warning.text),
      ]);
    case 'no-eligible-candidate':
      return ctx.sentences([ctx.say(m.noFit), ctx.text(warning.text)]);
  }
}

/** The warnings, each under the title of the slot it concerns. */
export function warningsSection(advice: Advice, ctx: MarkdownContext): string {
  const items = advice.warnings.map((warning) => {
    const entry = advice.stack.find((candidate) => candidate.slot === warning.slot);
    const slot = entry ? ctx.text(entry.title) : escapeMarkdown(warning.slot);
    return `- ${ctx.say(m.warningLine, { slot, text: warningText(warning, ctx) })}`;
  });
  return [
    `## ${ctx.say(m.warningsHeading)}`,
    items.length > 0 ? items.join('\n') : ctx.say(m.noWarnings),
  ].join('\n\n');
}
