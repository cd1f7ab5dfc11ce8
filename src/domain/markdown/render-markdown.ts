import { advise } from '../advise';
import type { Answers } from '../answers';
import type { Content } from '../content';
import type { Lang } from '../localized-text';
import { actionPlanSection } from './action-plan-section';
import { answersSection } from './answers-section';
import { costSection } from './cost-section';
import { architectureSection } from './architecture-section';
import { decisionLogSection } from './decision-log-section';
import { escapeDate, escapeMarkdown } from './escape-markdown';
import { failureSection } from './failure-section';
import { heavyLiftingSection } from './heavy-lifting-section';
import { linkBackSection } from './link-back-section';
import { markdownContext, type MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';
import { reviewedLine } from './reviewed-line';
import { roadmapSection } from './roadmap-section';
import { alternativesSection, setupSection, stackSection } from './stack-section';
import { warningsSection } from './warnings-section';

export interface MarkdownInput {
  answers: Answers;
  content: Content;
  lang: Lang;
  /** The date to print, YYYY-MM-DD; passed in, never read from a clock, so output is reproducible. */
  date?: string;
  /** As the user typed it; escaped here. */
  projectName?: string;
  /** The app's address for the link back (http or https); without it the share-link query is printed. */
  appUrl?: string;
}

/** The line under a title: when and with what the document was made. */
export function preparedLine(date: string | undefined, ctx: MarkdownContext): string {
  return date === undefined
    ? ctx.say(m.prepared)
    : ctx.say(m.preparedOn, { date: escapeDate(date) });
}

/** The title; a blank project name counts as none. */
function title(projectName: string | undefined, ctx: MarkdownContext): string {
  const project = escapeMarkdown(projectName ?? '');
  return `# ${project === '' ? ctx.say(m.title) : ctx.say(m.titleForProject, { project })}`;
}

/**
 * The advice for these answers as one GitHub-flavoured Markdown document in the chosen language:
 * title, answers, stack table, Mermaid architecture diagram, heavy-lifting ledger, decision log,
 * design-for-failure task list, roadmap, warnings, the link back and the review date of the
 * service facts. Pure and deterministic: the same input gives byte-identical output. Every text
 * from the user or the content is escaped, so none can alter the document's structure or carry
 * HTML; the output never contains a raw `<`. Ends with a single newline.
 */
export function renderMarkdown(input: MarkdownInput): string {
  const ctx = markdownContext(input.content, input.lang);
  const advice = advise(input.answers, input.content);
  return `${[
    title(input.projectName, ctx),
    preparedLine(input.date, ctx),
    answersSection(input.answers, ctx),
    actionPlanSection(advice, ctx),
    stackSection(advice, ctx),
    setupSection(advice, ctx),
    alternativesSection(advice, ctx),
    costSection(advice, ctx),
    architectureSection(advice, ctx),
    heavyLiftingSection(advice, ctx),
    decisionLogSection(advice.decisions, ctx),
    failureSection(advice.failure, ctx),
    roadmapSection(advice.roadmap, ctx),
    warningsSection(advice, ctx),
    linkBackSection(input.answers, input.appUrl, ctx),
    `---\n\n${reviewedLine(advice, ctx)}`,
  ]
    .filter((section) => section !== null)
    .join('\n\n')}\n`;
}
