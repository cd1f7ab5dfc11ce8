import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedContent } from '../domain/content';
import { formatContentIssue } from '../domain/content';
import { parseContent, type ContentFile, type ContentResult } from '../domain/parse-content';

export const defaultContentDir = fileURLToPath(new URL('../../content', import.meta.url));

/** Reads every YAML file below the content folder (Node only; the domain parser stays pure). */
export function readContentFiles(dir: string = defaultContentDir): ContentFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => {
      const fullPath = join(entry.parentPath, entry.name);
      return {
        path: relative(dir, fullPath).split(sep).join('/'),
        text: readFileSync(fullPath, 'utf8'),
      };
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
