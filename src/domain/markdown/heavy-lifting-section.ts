import { questionWithRole } from '../question-roles';
import type { Advice } from '../advice';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';
import { markdownTable } from './markdown-table';

/** The heavy-lifting ledger: each chore the team hands off and the services that take it, or the gap. */
export function heavyLiftingSection(advice: Advice, ctx: MarkdownContext): string {
  const heading = `## ${ctx.say(m.heavyLiftingHeading)}`;
  if (advice.heavyLifting.length === 0) return [heading, ctx.say(m.noChores)].join('\n\n');
  const rows = advice.heavyLifting.map((entry) => {
    const takenBy =
      entry.absorbedBy.length > 0
        ? ctx.list([...new Set(entry.absorbedBy.map((a) => a.service))].map(ctx.serviceName))
        : entry.suggestions.length > 0
          ? ctx.say(m.gapWithSuggestions, {
              services: ctx.list(entry.suggestions.map(ctx.serviceName)),
            })
          : ctx.say(m.gap);
    return [
      ctx.optionLabel(questionWithRole(ctx.content.questionnaire, 'offload').id, entry.chore),
      takenBy,
    ];
  });
  return [heading, markdownTable([ctx.say(m.choreColumn), ctx.say(m.takenByColumn)], rows)].join(
    '\n\n',
  );
}
