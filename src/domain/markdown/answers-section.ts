import { allQuestions, effectiveAnswers, type Answers } from '../answers';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

/** The answers in brief, one line per answered question in questionnaire order; hidden ones are left out. */
export function answersSection(answers: Answers, ctx: MarkdownContext): string {
  const effective = effectiveAnswers(answers, ctx.content.questionnaire);
  const lines = allQuestions(ctx.content.questionnaire).flatMap((question) => {
    const value = effective[question.id];
    if (value === undefined) return [];
    const values = typeof value === 'string' ? [value] : value;
    const labels = values.map((item) => ctx.optionLabel(question.id, item));
    return [`- **${ctx.text(question.title)}** ${ctx.list(labels)}`];
  });
  return [
    `## ${ctx.say(m.answersHeading)}`,
    lines.length > 0 ? lines.join('\n') : ctx.say(m.noAnswers),
  ].join('\n\n');
}
