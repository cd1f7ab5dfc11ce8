import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AdrFile } from '../domain/markdown/render-adrs';
import { showUntrusted } from '../domain/show-untrusted';

export type WriteResult = { ok: true; paths: string[] } | { ok: false; reason: string };

/** What a file-system error means, in words, for the codes a user can cause and fix. */
const fileSystemReasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** A refusal names this many files, then how many more, so it stays one readable line. */
const maxListedFiles = 3;

const quote = (path: string) => `"${showUntrusted(path, 200)}"`;

/** One line for a failed file-system call, naming the path it failed on. */
function describeError(error: unknown, fallbackPath: string): string {
  const { code, path } = error instanceof Error ? (error as NodeJS.ErrnoException) : {};
  const reason =
    (code === undefined ? undefined : fileSystemReasons[code]) ??
    showUntrusted(error instanceof Error ? error.message : String(error), 200);
  return `cannot write ${quote(path ?? fallbackPath)}: ${reason}`;
}

/**
 * Creates a folder and any missing parents. Not `mkdirSync(dir, { recursive: true })`: for a path
 * such as /proc/x, where mkdir answers ENOENT while the parent exists, Node's recursive mkdir
 * retries forever. Here each parent is tried once, so every path ends in a folder or an error.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    makeFolder(parent);
    mkdirSync(dir);
  }
}

/** Whether writing `text` to `path` would replace something else (a different file, a folder). */
function holdsSomethingElse(path: string, text: string): boolean {
  let size;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return true;
    size = stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  // A different size settles it without reading, so a huge file in the way costs nothing.
  return size !== Buffer.byteLength(text) || readFileSync(path, 'utf8') !== text;
}

/**
 * Writes each file into `dir`, creating it and its parents if missing, and returns the paths
 * written. Never throws: a path that is a file, a folder that cannot be written and any other
 * file-system error give a one-line reason, safe to print. Unless `replace` is set, nothing is
 * written when a file by one of the names already holds other text, so an edited record (one
 * whose status was set to accepted, say) is never lost; a file with the same text is no conflict,
 * so running the command again is harmless.
 */
export function writeMarkdownFiles(
  dir: string,
  files: readonly AdrFile[],
  replace: boolean,
): WriteResult {
  try {
    makeFolder(dir);
    if (!statSync(dir).isDirectory())
      return { ok: false, reason: `cannot write into ${quote(dir)}: it is a file, not a folder` };
    const targets = files.map((file) => ({ path: join(dir, file.fileName), text: file.markdown }));
    const taken = replace ? [] : targets.filter(({ path, text }) => holdsSomethingElse(path, text));
    if (taken.length > 0) {
      const names = taken
        .slice(0, maxListedFiles)
        .map(({ path }) => quote(path))
        .join(', ');
      const more =
        taken.length > maxListedFiles ? ` and ${String(taken.length - maxListedFiles)} more` : '';
      return {
        ok: false,
        reason: `not replacing ${String(taken.length)} file(s) that hold other text: ${names}${more}; add --force to replace them`,
      };
    }
    for (const { path, text } of targets) writeFileSync(path, text);
    return { ok: true, paths: targets.map(({ path }) => path) };
  } catch (error) {
    return { ok: false, reason: describeError(error, dir) };
  }
}
