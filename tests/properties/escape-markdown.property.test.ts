import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/markdown/escape-html';
import { escapeMarkdown, singleLine } from '../../src/domain/markdown/escape-markdown';
import { hostile } from '../fixtures/hostile-strings';

/**
 * A GitHub-flavoured renderer, as the export preview uses: what a reader would see. It writes text
 * into HTML with the same five entities as escapeHtml.
 */
const gfm = new Marked({ gfm: true });

/** Characters Markdown reads as syntax, so random strings hit them often. */
const markdownish = fc.constantFrom(
  ...'\\`*_[](){}<>#+-.!|~$:/@&;="\' wW'.split(''),
  'https://',
  'www.',
  '&amp;',
  '\n',
);

describe('escapeMarkdown, rendered', () => {
  const renders = (text: string) => gfm.parseInline(escapeMarkdown(text), { async: false });

  it('renders every hostile string back as exactly its text, on one line', () => {
    for (const text of hostile) expect(renders(text)).toBe(escapeHtml(singleLine(text)));
  });

  it('renders any string back as exactly its text: no link, image, emphasis or HTML', () => {
    const text = fc.oneof(
      fc.string({ unit: markdownish, maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(renders(value)).toBe(escapeHtml(singleLine(value)));
      }),
      { numRuns: 5000 },
    );
  });
});
