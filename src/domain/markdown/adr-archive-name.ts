import type { Lang } from '../localized-text';

/** Long enough for any real project name, short enough for every file system's limit. */
const maxSlugLength = 40;

/**
 * The name (without extension) of a download holding the decision records: `adr-acme-en`, or
 * `adr-stack-ja` for an unnamed project. The name as typed is reduced to letters and digits of any
 * script joined by `-`, so no path separator, control or bidi character reaches a file name, and a
 * Japanese name stays readable.
 */
export function adrArchiveName(projectName: string, lang: Lang): string {
  const words = projectName
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  // Cut by code points, then drop a dangling separator, so the cut never splits a character.
  const slug = Array.from(words.join('-')).slice(0, maxSlugLength).join('').replace(/-$/, '');
  return `adr-${slug === '' ? 'stack' : slug}-${lang}`;
}
