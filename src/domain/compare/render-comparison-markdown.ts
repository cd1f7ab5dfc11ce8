import type { Advice, Warning } from '../advice';
import { advise } from '../advise';
import type { Answers } from '../answers';
import type { Content } from '../content';
import type { Lang, LocalizedText } from '../localized-text';
import { costMessages } from '../cost/cost-messages';
import { formatUsd } from '../cost/format-usd';
import { doorLabels, failureStatusLabels, timeBoxLabels } from '../engine-labels';
import { escapeMarkdown } from '../markdown/escape-markdown';
import { markdownContext, type MarkdownContext } from '../markdown/markdown-context';
import { markdownMessages } from '../markdown/markdown-messages';
import { markdownTable } from '../markdown/markdown-table';
import { preparedLine } from '../markdown/render-markdown';
import { warningText } from '../markdown/warnings-section';
import { compareAdvice, type DecisionComparison } from './compare-advice';
import { compareMessages as c } from './compare-messages';

export interface ComparedSide {
  /** What the user calls this side ("Seed-stage B2B SaaS", "My answers"); escaped here. */
  label: string;
  answers: Answers;
}

export interface ComparisonInput {
  left: ComparedSide;
  right: ComparedSide;
  content: Content;
  lang: Lang;
  /** YYYY-MM-DD; passed in, never read from a clock. */
  date?: string;
}

function decisionCell(side: DecisionComparison['left'], ctx: MarkdownContext): string {
  if (!side) return ctx.say(c.absent);
  const values = {
    door: ctx.say(doorLabels[side.door.kind]),
    timeBox: ctx.say(timeBoxLabels[side.door.timeBox]),
  };
  return side.choice === null
    ? ctx.say(c.door, values)
    : ctx.say(c.doorAndChoice, { ...values, choice: ctx.serviceName(side.choice) });
}

function warningList(warnings: readonly Warning[], advice: Advice, ctx: MarkdownContext): string {
  return warnings
    .map((warning) => {
      const entry = advice.stack.find((candidate) => candidate.slot === warning.slot);
      const slot = entry ? ctx.text(entry.title) : escapeMarkdown(warning.slot);
      return `- ${ctx.say(markdownMessages.warningLine, { slot, text: warningText(warning, ctx) })}`;
    })
    .join('\n');
}

/**
 * Two answer sets side by side as GitHub-flavoured Markdown in the chosen language: the stack,
 * the decisions and the failure checklist as tables with each difference marked, and the
 * warnings only one side has. Deterministic and escaped like `renderMarkdown`.
 */
export function renderComparisonMarkdown(input: ComparisonInput): string {
  const ctx = markdownContext(input.content, input.lang);
  const left = advise(input.left.answers, input.content);
  const right = advise(input.right.answers, input.content);
  const comparison = compareAdvice(left, right, input.content);
  const leftLabel = escapeMarkdown(input.left.label);
  const rightLabel = escapeMarkdown(input.right.label);
  const changed = (flag: boolean) => (flag ? ctx.say(c.changed) : '');
  const columns = (first: LocalizedText) => [
    ctx.say(first),
    leftLabel,
    rightLabel,
    ctx.say(c.changedColumn),
  ];

  const costCell = (side: typeof comparison.cost.left) =>
    ctx.say(costMessages.costCompareCell, {
      low: formatUsd(side.monthly.low),
      high: formatUsd(side.monthly.high),
      floor: formatUsd(side.floor),
    });
  const costRow = [
    ctx.say(costMessages.costHeading),
    costCell(comparison.cost.left),
    costCell(comparison.cost.right),
    changed(comparison.cost.changed),
  ];
  const stackRows = comparison.slots.map((slot) => [
    ctx.text(slot.title),
    slot.left === null ? ctx.say(c.absent) : ctx.list(slot.left.map(ctx.serviceName)),
    slot.right === null ? ctx.say(c.absent) : ctx.list(slot.right.map(ctx.serviceName)),
    changed(slot.changed),
  ]);
  const decisionRows = comparison.decisions.map((decision) => [
    ctx.text(decision.title),
    decisionCell(decision.left, ctx),
    decisionCell(decision.right, ctx),
    changed(decision.doorChanged || decision.choiceChanged),
  ]);
  const failureRows = comparison.failure.map((check) => [
    ctx.text(check.title),
    ctx.say(failureStatusLabels[check.left]),
    ctx.say(failureStatusLabels[check.right]),
    changed(check.changed),
  ]);
  const { added, removed } = comparison.warnings;
  const warningParts =
    added.length + removed.length === 0
      ? [ctx.say(c.noWarningChanges)]
      : [
          ...(removed.length > 0
            ? [
                `### ${ctx.say(c.addedHeading, { side: leftLabel })}`,
                warningList(removed, left, ctx),
              ]
            : []),
          ...(added.length > 0
            ? [
                `### ${ctx.say(c.addedHeading, { side: rightLabel })}`,
                warningList(added, right, ctx),
              ]
            : []),
        ];

  return `${[
    `# ${ctx.say(c.title, { left: leftLabel, right: rightLabel })}`,
    preparedLine(input.date, ctx),
    ctx.say(c.summary, {
      changed: String(comparison.slots.filter((slot) => slot.changed).length),
      total: String(comparison.slots.length),
    }),
    `## ${ctx.say(c.stackHeading)}`,
    markdownTable(columns(c.slotColumn), [costRow, ...stackRows]),
    `## ${ctx.say(c.decisionsHeading)}`,
    markdownTable(columns(c.decisionColumn), decisionRows),
    `## ${ctx.say(c.failureHeading)}`,
    markdownTable(columns(c.practiceColumn), failureRows),
    `## ${ctx.say(c.warningsHeading)}`,
    ...warningParts,
  ].join('\n\n')}\n`;
}
