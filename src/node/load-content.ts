import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedContent } from '../domain/content';
import { formatContentIssue } from '../domain/content';
import { parseContent, type ContentFile, type ContentResult } from '../domain/parse-content';
import { readBoundedText } from './read-bounded-text';

export const defaultContentDir = fileURLToPath(new URL('../../content', import.meta.url));

/** The largest content file today is 67 KB; a file past this limit is a mistake, not content. */
export const maxContentFileBytes = 1024 * 1024;

/**
 * Reads every YAML file below the content folder (Node only; the domain parser stays pure). A file
 * that is too large or not UTF-8 comes back with the reason, which the parser reports as its problem.
 */
export function readContentFiles(dir: string = defaultContentDir): ContentFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => {
      const fullPath = join(entry.parentPath, entry.name);
      const path = relative(dir, fullPath).split(sep).join('/');
      try {
        return { path, text: readBoundedText(fullPath, maxContentFileBytes) };
      } catch (error) {
        return {
          path,
          text: '',
          unreadable: error instanceof Error ? error.message : String(error),
        };
      }
    });
}

export function loadContentResult(dir: string = defaultContentDir): ContentResult {
  return parseContent(readContentFiles(dir));
}

export class ContentError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `content/ has ${issues.length} problem(s):\n${issues.map((issue) => `  - ${issue}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/** Loads and validates content/, throwing one error that lists every problem with file and field. */
export function loadContent(dir: string = defaultContentDir): ParsedContent {
  const result = loadContentResult(dir);
  if (!result.ok) throw new ContentError(result.issues.map(formatContentIssue));
  return result.content;
}
