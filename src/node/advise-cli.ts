import { parseArgs } from 'node:util';
import { advise } from '../domain/advise';
import {
  describeAnswerProblem,
  parseAnswers,
  type AnswerProblem,
  type Answers,
} from '../domain/answers';
import type { Content } from '../domain/content';
import { inLanguage } from '../domain/in-language';
import { IsoDate, languages, type Lang } from '../domain/localized-text';
import { safeLinkDestination } from '../domain/markdown/escape-markdown';
import { renderAdrFiles } from '../domain/markdown/render-adr-files';
import { joinAdrs, renderAdrs } from '../domain/markdown/render-adrs';
import { renderMarkdown } from '../domain/markdown/render-markdown';
import { escapeControls, showUntrusted } from '../domain/show-untrusted';
import { readAnswersInput } from './answers-input';
import { writeMarkdownFiles } from './write-markdown-files';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const usage = `usage: npm run -s advise -- [--answers FILE|-] [--preset ID] [--lang en|ja]
                         [--format json|md|adr] [--out DIR [--force]]
                         [--date YYYY-MM-DD] [--project NAME] [--app-url URL]
  --answers FILE  answers as JSON or YAML ({"stage": "seed", "data": ["relational"], ...}); - reads stdin
  --preset ID     start from a preset in content/presets; --answers then overrides single questions
  --lang          language of the texts in the output (default en)
  --format        json (default): the advice; md: the Markdown document;
                  adr: one MADR record per one-way door, each after a line "==> 0001-id.md <=="
  --out DIR       with --format adr: write each record to its own file and a README.md index into
                  DIR (created if missing) instead of printing them; prints the paths written.
                  Refuses to replace a file that holds other text
  --force         with --out: replace such files
  --date          the date printed in md and adr output (never read from the clock)
  --project       the project name in the md title and the adr context
  --app-url       the app's address, for the md link back with these answers`;

const formats = ['json', 'md', 'adr'] as const;
/** Options that only some formats take, and those formats. */
const formatOptions = [
  ['date', ['md', 'adr']],
  ['project', ['md', 'adr']],
  ['app-url', ['md']],
  // Only the records come as several files; a single document is written with `>`.
  ['out', ['adr']],
  ['force', ['adr']],
] as const;

/** At most this many problems are listed, then how many more there were. */
const maxListedProblems = 10;

/** What the user typed, quoted in a message: cut short, control characters escaped. */
const quote = (text: string) => `"${showUntrusted(text)}"`;

/** An answer problem with the ids and values it quotes cut short and escaped. */
function shownProblem(problem: AnswerProblem): AnswerProblem {
  switch (problem.kind) {
    case 'not-an-object':
      return problem;
    case 'unknown-question':
    case 'wrong-shape':
      return { ...problem, question: showUntrusted(problem.question) };
    case 'unknown-value':
    case 'conflicting-values':
      return {
        ...problem,
        question: showUntrusted(problem.question),
        value: showUntrusted(problem.value),
      };
  }
}

/** A mistake in the arguments: the message and the usage. */
function fail(message: string): CliResult {
  return { stdout: '', stderr: `advise: ${message}\n${usage}\n`, exitCode: 2 };
}

/** A problem with the answers or the preset named: the message alone, since the arguments were fine. */
function failInput(message: string): CliResult {
  return { stdout: '', stderr: `advise: ${message}\n`, exitCode: 2 };
}

/**
 * The command line, as a function of its arguments, so tests run it without a process (only
 * `--out` touches the disk). Any unknown id or value fails the whole run with exit code 2 before
 * anything is printed on stdout or written.
 */
export function runAdviseCli(
  argv: readonly string[],
  content: Content,
  readAnswersText: (source: string) => string,
): CliResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        answers: { type: 'string' },
        preset: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        format: { type: 'string', default: 'json' },
        date: { type: 'string' },
        project: { type: 'string' },
        'app-url': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    // parseArgs quotes the unknown option as it was typed.
    return fail(showUntrusted(error instanceof Error ? error.message : String(error), 200));
  }
  if (values.help) return { stdout: `${usage}\n`, stderr: '', exitCode: 0 };
  const lang = values.lang as Lang;
  if (!languages.includes(lang))
    return fail(`unknown --lang ${quote(values.lang)}; expected ${languages.join(' or ')}`);
  if (!(formats as readonly string[]).includes(values.format)) {
    return fail(`unknown --format ${quote(values.format)}; expected ${formats.join(' or ')}`);
  }
  const format = values.format as (typeof formats)[number];
  for (const [option, allowed] of formatOptions) {
    if (values[option] !== undefined && !(allowed as readonly string[]).includes(format))
      return fail(`--${option} applies to --format ${allowed.join(' or ')}`);
  }
  if (values.out === '') return fail('--out needs a folder');
  if (values.force && values.out === undefined) return fail('--force applies with --out');
  if (values.date !== undefined && !IsoDate.safeParse(values.date).success)
    return fail(`--date ${quote(values.date)} is not a valid date (YYYY-MM-DD)`);
  if (values['app-url'] !== undefined && safeLinkDestination(values['app-url']) === null)
    return fail(`--app-url ${quote(values['app-url'])} is not an http or https address`);
  if (values.answers === undefined && values.preset === undefined)
    return fail('give --answers or --preset');

  let answers: Answers = {};
  if (values.preset !== undefined) {
    const preset = content.presets.find((candidate) => candidate.id === values.preset);
    if (!preset) {
      const known = content.presets.map((candidate) => candidate.id).join(', ');
      return failInput(`unknown preset ${quote(values.preset)}; known presets: ${known}`);
    }
    answers = preset.answers;
  }
  if (values.answers !== undefined) {
    const source = values.answers === '-' ? 'stdin' : showUntrusted(values.answers, 200);
    const input = readAnswersInput(values.answers, readAnswersText);
    if (!input.ok) return failInput(`cannot read answers from ${source}: ${input.reason}`);
    const { problems, answers: read } = parseAnswers(input.value, content.questionnaire);
    if (problems.length > 0) {
      const listed = problems
        .slice(0, maxListedProblems)
        .map((problem) => `  - ${describeAnswerProblem(shownProblem(problem))}`);
      if (problems.length > maxListedProblems)
        listed.push(`  … and ${problems.length - maxListedProblems} more`);
      return failInput(`${source} has ${problems.length} problem(s):\n${listed.join('\n')}`);
    }
    answers = { ...answers, ...read };
  }
  const document = { answers, content, lang, date: values.date, projectName: values.project };
  switch (format) {
    case 'json': {
      const output = inLanguage(advise(answers, content), lang);
      return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '', exitCode: 0 };
    }
    case 'md':
      return {
        stdout: renderMarkdown({ ...document, appUrl: values['app-url'] }),
        stderr: '',
        exitCode: 0,
      };
    case 'adr': {
      if (values.out === undefined)
        return { stdout: joinAdrs(renderAdrs(document)), stderr: '', exitCode: 0 };
      const written = writeMarkdownFiles(
        values.out,
        renderAdrFiles(document),
        values.force === true,
      );
      if (!written.ok) return failInput(written.reason);
      const paths = written.paths.map((path) => `${escapeControls(path)}\n`).join('');
      return { stdout: paths, stderr: '', exitCode: 0 };
    }
  }
}
