import type { FailureCheck } from '../advice';
import type { MarkdownContext } from './markdown-context';
import { failureStatusLabels } from '../engine-labels';
import { markdownMessages as m } from './markdown-messages';

/** The design-for-failure checklist as GitHub task-list items, ticked where the picks build it in. */
export function failureSection(checks: readonly FailureCheck[], ctx: MarkdownContext): string {
  const items = checks.map((check) => {
    const parts = [
      ctx.say(m.failureLine, {
        title: ctx.text(check.title),
        status: ctx.say(failureStatusLabels[check.status]),
      }),
    ];
    if (check.coveredBy.length > 0) {
      const services = [...new Set(check.coveredBy.map((cover) => cover.service))];
      parts.push(ctx.say(m.coveredBy, { services: ctx.list(services.map(ctx.serviceName)) }));
    }
    if (check.advice) parts.push(ctx.text(check.advice));
    return `- [${check.status === 'built-in' ? 'x' : ' '}] ${ctx.sentences(parts)}`;
  });
  return [`## ${ctx.say(m.failureHeading)}`, ctx.say(m.failureIntro), items.join('\n')].join(
    '\n\n',
  );
}
