import type { Advice, Decision, StackEntry } from '../advice';
import { advise } from '../advise';
import { effectiveAnswers, type Answers } from '../answers';
import { conditionReferences, type MatchedAnswer } from '../condition';
import type { Content } from '../content';
import { findService, questionTitle } from '../content-lookup';
import { timeBoxLabels } from '../engine-labels';
import type { Lang } from '../localized-text';
import { adrMessages as a } from './adr-messages';
import { escapeMarkdown } from './escape-markdown';
import { markdownContext, type MarkdownContext } from './markdown-context';
import { whyNotLine } from './stack-section';

export interface AdrInput {
  answers: Answers;
  content: Content;
  lang: Lang;
  /** The date in each record's front matter, YYYY-MM-DD (other text is left out); never read from a clock. */
  date?: string;
  /** As the user typed it; escaped here. */
  projectName?: string;
}

export interface AdrFile {
  /** `0001-primary-database.md`: a four-digit sequence number and the decision id. */
  fileName: string;
  markdown: string;
}

/** A decision record with its title (escaped Markdown), which the index of the records lists. */
export interface AdrRecord extends AdrFile {
  title: string;
}

/**
 * The answers a decision rests on: for a service pick, those its rules matched; for a decision
 * that is not a pick (the Region), the team's answers to the questions its recommendation reads.
 */
function matchedAnswers(
  decision: Decision,
  entry: StackEntry | undefined,
  content: Content,
  answers: Answers,
): MatchedAnswer[] {
  if (entry) return entry.reasons.flatMap((reason) => reason.matched);
  const cases = content.decisions.find((d) => d.id === decision.id)?.recommendation.cases ?? [];
  const questions = new Set(
    cases.flatMap((c) => conditionReferences(c.when).answers).map((ref) => ref.question),
  );
  return [...questions].flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    return (typeof value === 'string' ? [value] : value).map((item) => ({ question, value: item }));
  });
}

/** The decision drivers: each answer the decision rests on, once, as "question answer". */
function drivers(matched: readonly MatchedAnswer[], ctx: MarkdownContext): string[] {
  const seen = new Set<string>();
  return matched.flatMap(({ question, value }) => {
    const key = `${question}=${value}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const title = questionTitle(ctx.content.questionnaire, question);
    return [
      ctx.say(a.driver, { question: ctx.text(title), answer: ctx.optionLabel(question, value) }),
    ];
  });
}

/** "Project: Acme." for a named project, escaped; nothing for an unnamed one. */
export function projectLine(
  projectName: string | undefined,
  ctx: MarkdownContext,
): string | undefined {
  const project = escapeMarkdown(projectName ?? '');
  return project === '' ? undefined : ctx.say(a.project, { project });
}

/**
 * MADR's front matter. Only a YYYY-MM-DD date goes in: front matter is YAML, where Markdown
 * escaping does not apply, so any other text is left out rather than risk breaking the block.
 */
function frontMatter(date: string | undefined): string {
  const dated = date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
  return ['---', 'status: proposed', ...(dated ? [`date: ${date}`] : []), '---'].join('\n');
}

/** The record's title: the decision, and the service chosen when it is a pick. */
function adrTitle(decision: Decision, ctx: MarkdownContext): string {
  return decision.choice === null
    ? ctx.text(decision.title)
    : ctx.say(a.title, {
        decision: ctx.text(decision.title),
        choice: ctx.serviceName(decision.choice),
      });
}

function renderAdr(
  decision: Decision,
  title: string,
  advice: Advice,
  input: AdrInput,
  ctx: MarkdownContext,
): string {
  const entry = advice.stack.find((candidate) => candidate.slot === decision.slot);
  const bullets = (items: readonly string[]) => items.map((item) => `* ${item}`).join('\n');
  const timeBox = ctx.say(timeBoxLabels[decision.door.timeBox]);

  const context = [
    ctx.say(entry ? a.contextSlot : a.contextStandalone, {
      decision: ctx.text(decision.title),
      timeBox,
    }),
  ];
  const project = projectLine(input.projectName, ctx);
  if (project !== undefined) context.unshift(project);
  if (decision.deliberating) context.push(ctx.say(a.stuck));
  const driverLines = drivers(
    matchedAnswers(
      decision,
      entry,
      ctx.content,
      effectiveAnswers(input.answers, ctx.content.questionnaire),
    ),
    ctx,
  );

  const options = entry
    ? [entry.service, ...entry.alternatives.map((alt) => alt.service)].map(ctx.serviceName)
    : decision.advice
      ? [ctx.text(decision.advice)]
      : [];
  const outcome = entry
    ? `${ctx.say(a.chosenBecause, { choice: ctx.serviceName(entry.service) })}\n\n${bullets(entry.reasons.map((r) => ctx.text(r.text)))}`
    : ctx.say(a.chosenRecommendation);
  const purpose = entry && findService(ctx.content, entry.service)?.purpose;
  const consequences = [
    ...(purpose ? [ctx.say(a.good, { text: ctx.text(purpose) })] : []),
    ctx.say(a.bad),
    ...(decision.door.keepOpen
      ? [ctx.say(a.keepOpen, { text: ctx.text(decision.door.keepOpen) })]
      : []),
  ];

  const sections = [
    frontMatter(input.date),
    `# ${title}`,
    `## ${ctx.say(a.contextHeading)}`,
    ctx.sentences(context),
    `## ${ctx.say(a.driversHeading)}`,
    driverLines.length > 0 ? bullets(driverLines) : ctx.say(a.noDrivers),
    `## ${ctx.say(a.optionsHeading)}`,
    bullets(options),
    `## ${ctx.say(a.outcomeHeading)}`,
    outcome,
    `### ${ctx.say(a.consequencesHeading)}`,
    bullets(consequences),
  ];
  if (entry && entry.alternatives.length > 0) {
    sections.push(`## ${ctx.say(a.prosConsHeading)}`);
    for (const alt of entry.alternatives) {
      sections.push(
        `### ${ctx.serviceName(alt.service)}`,
        bullets([
          whyNotLine(alt.whyNot, ctx),
          ctx.say(a.preferWhen, { text: ctx.text(alt.preferWhen) }),
        ]),
      );
    }
  }
  sections.push(`## ${ctx.say(a.moreHeading)}`, ctx.say(a.generated));
  return `${sections.join('\n\n')}\n`;
}

/**
 * Each one-way-door decision as an Architecture Decision Record in the MADR layout (front matter
 * with status and date; context and problem statement; decision drivers; considered options;
 * outcome with its reasons; consequences, including how to keep the door open), numbered in the
 * decision log's order. Pure and deterministic, escaped like `renderMarkdown`.
 */
export function renderAdrs(input: AdrInput): AdrRecord[] {
  const ctx = markdownContext(input.content, input.lang);
  const advice = advise(input.answers, input.content);
  return advice.decisions
    .filter((decision) => decision.door.kind === 'one-way')
    .map((decision, i) => {
      const title = adrTitle(decision, ctx);
      return {
        fileName: `${String(i + 1).padStart(4, '0')}-${decision.id}.md`,
        title,
        markdown: renderAdr(decision, title, advice, input, ctx),
      };
    });
}

/**
 * The records as one stream, each after a `==> 0001-id.md <==` line as `head` prints between
 * files: what `advise --format adr` prints without `--out` (a public format, kept as it is).
 */
export function joinAdrs(adrs: readonly AdrFile[]): string {
  return adrs.map((adr) => `==> ${adr.fileName} <==\n${adr.markdown}`).join('');
}
