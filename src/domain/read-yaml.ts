import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { showUntrusted } from './show-untrusted';

/** A problem in a YAML text, with its 1-based line and column when it has a place. */
export interface YamlProblem {
  place?: { line: number; column: number };
  /** One line, safe to print: whatever it quotes from the text is cut short and escaped. */
  message: string;
}

export type YamlResult = { ok: true; value: unknown } | { ok: false; problems: YamlProblem[] };

/**
 * Keys a mapping repeats. The parser's own check compares each key with every earlier one, which
 * is quadratic (40,000 keys: 9 s); a set per mapping does the same in one pass.
 */
function repeatedKeys(document: Document.Parsed): { offset: number; key: unknown }[] {
  const repeated: { offset: number; key: unknown }[] = [];
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // The parser's rule: scalar keys are equal when their values are; other keys never are.
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) repeated.push({ offset: key.range?.[0] ?? 0, key: key.value });
        seen.add(key.value);
      }
    },
  });
  return repeated;
}

/** Enough to fix a file: a flood of 40,000 repeated keys is not listed line by line. */
const maxProblems = 10;

/** A parser's message, which may quote the text (an anchor's name), fit for a one-line report. */
function oneLine(message: string): string {
  return showUntrusted(message.split('\n')[0] ?? '', 200);
}

/**
 * Reads one YAML (or JSON) document in time linear in its length, whoever wrote it, and never
 * throws: syntax errors, repeated keys, an alias to a missing anchor and more than `maxAliasCount`
 * aliases (which could expand a few lines into gigabytes) all come back as problems, with their
 * place where the parser knows it.
 */
export function readYaml(text: string, { maxAliasCount = 100 } = {}): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { place: { line, column: col } };
  };
  const problems: YamlProblem[] = [
    ...document.errors.map((error) => ({ ...at(error.pos[0]), message: oneLine(error.message) })),
    ...repeatedKeys(document).map(({ offset, key }) => ({
      ...at(offset),
      message: `the key "${showUntrusted(String(key))}" is given more than once`,
    })),
  ];
  if (problems.length > maxProblems) {
    const more = problems.length - maxProblems;
    return {
      ok: false,
      problems: [...problems.slice(0, maxProblems), { message: `${more} more not listed` }],
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    return { ok: true, value: document.toJS({ maxAliasCount }) };
  } catch (error) {
    // toJS raises the alias errors (a missing anchor, too many aliases) only while it expands them.
    return {
      ok: false,
      problems: [{ message: oneLine(error instanceof Error ? error.message : String(error)) }],
    };
  }
}
