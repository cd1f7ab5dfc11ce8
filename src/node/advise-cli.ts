import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { advise } from '../domain/advise';
import { describeAnswerProblem, parseAnswers, type Answers } from '../domain/answers';
import type { Content } from '../domain/content';
import { inLanguage } from '../domain/in-language';
import { languages, type Lang } from '../domain/localized-text';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const usage = `usage: npm run -s advise -- [--answers FILE|-] [--preset ID] [--lang en|ja] [--format json]
  --answers FILE  answers as JSON or YAML ({"stage": "seed", "data": ["relational"], ...}); - reads stdin
  --preset ID     start from a preset in content/presets; --answers then overrides single questions
  --lang          language of the texts in the output (default en)
  --format        json (default)`;

const formats = ['json'] as const;

function fail(message: string): CliResult {
  return { stdout: '', stderr: `advise: ${message}\n${usage}\n`, exitCode: 2 };
}

/**
 * The command line, as a function of its arguments, so tests run it without a process. Any unknown
 * id or value fails the whole run with exit code 2 before anything is printed on stdout.
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
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { stdout: `${usage}\n`, stderr: '', exitCode: 0 };
  const lang = values.lang as Lang;
  if (!languages.includes(lang))
    return fail(`unknown --lang "${values.lang}"; expected ${languages.join(' or ')}`);
  if (!(formats as readonly string[]).includes(values.format)) {
    return fail(`unknown --format "${values.format}"; expected ${formats.join(' or ')}`);
  }
  if (values.answers === undefined && values.preset === undefined)
    return fail('give --answers or --preset');

  let answers: Answers = {};
  if (values.preset !== undefined) {
    const preset = content.presets.find((candidate) => candidate.id === values.preset);
    if (!preset) {
      const known = content.presets.map((candidate) => candidate.id).join(', ');
      return fail(`unknown preset "${values.preset}"; known presets: ${known}`);
    }
    answers = preset.answers;
  }
  if (values.answers !== undefined) {
    const source = values.answers;
    let raw: unknown;
    try {
      raw = parseYaml(readAnswersText(source));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return fail(`cannot read answers from ${source === '-' ? 'stdin' : source}: ${reason}`);
    }
    const parsed = parseAnswers(raw, content.questionnaire);
    if (parsed.problems.length > 0) {
      const list = parsed.problems
        .map((problem) => `  - ${describeAnswerProblem(problem)}`)
        .join('\n');
      return fail(
        `${source === '-' ? 'stdin' : source} has ${parsed.problems.length} problem(s):\n${list}`,
      );
    }
    answers = { ...answers, ...parsed.answers };
  }
  const output = inLanguage(advise(answers, content), lang);
  return { stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '', exitCode: 0 };
}
