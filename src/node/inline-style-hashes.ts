import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A style block's CSP source, without its quotes: `sha256-` and the base64 digest of its text. */
export const styleHash = (css: string) =>
  `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;

/** The hash of every `<style>` block in a page, in order. */
export function styleHashesOf(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) =>
    styleHash(match[1] ?? ''),
  );
}

/**
 * The hashes of every inline style in the built site in `dir`, sorted and each once: read from the
 * HTML the prerender wrote, so the policy a host sends can only match what it serves. A few
 * distinct ones, as pages of one kind carry the same CSS in every language.
 */
export function builtStyleHashes(dir: string): string[] {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  const hashes = pages.flatMap((page) => styleHashesOf(readFileSync(join(dir, page), 'utf8')));
  return [...new Set(hashes)].sort();
}
