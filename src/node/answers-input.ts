import { readYaml } from '../domain/read-yaml';
import { showUntrusted } from '../domain/show-untrusted';

/**
 * The most an answers file or standard input may hold. A full set of answers is under 2 KB; the
 * limit refuses a huge input before it costs seconds and gigabytes (56 MB took 38 s and 3.6 GB).
 */
export const maxAnswersBytes = 64 * 1024;

/** Aliases are pointless in answers: a handful is allowed, an expansion bomb is not. */
const maxAnswersAliases = 10;

export type AnswersInput = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Answers text as a value. JSON is read by JSON.parse, linear and fast; anything else (or JSON
 * that JSON.parse refuses, such as the YAML flow mapping `{stage: seed}`) by the YAML reader.
 */
function parseAnswersText(text: string): AnswersInput {
  if (/^\s*[{[]/.test(text)) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      // Not JSON after all: the YAML reader decides, and explains.
    }
  }
  const yaml = readYaml(text, { maxAliasCount: maxAnswersAliases });
  if (yaml.ok) return yaml;
  const [first] = yaml.problems;
  const place = first?.place ? ` (line ${first.place.line}, column ${first.place.column})` : '';
  return { ok: false, reason: `${first?.message ?? 'not YAML'}${place}` };
}

/**
 * Reads and parses the answers named on the command line. Never throws: a file that cannot be
 * read (missing, too large, not UTF-8) or parsed gives a one-line reason, safe to print.
 */
export function readAnswersInput(
  source: string,
  readText: (source: string) => string,
): AnswersInput {
  let text: string;
  try {
    text = readText(source);
  } catch (error) {
    return {
      ok: false,
      reason: showUntrusted(error instanceof Error ? error.message : String(error), 200),
    };
  }
  return parseAnswersText(text);
}
