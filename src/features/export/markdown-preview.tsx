import { Marked, type Tokens } from 'marked';
import { memo, useMemo } from 'react';
import { escapeHtml } from '../../domain/markdown/escape-html';
import styles from './export-panel.module.css';

const previewHeadingOffset = 3;

/**
 * A Markdown renderer that treats its input as untrusted even though the domain escapes it: raw
 * HTML comes out as text, and only http(s) and in-page links stay links. Mermaid blocks stay code
 * (the diagram library is far too heavy for a preview).
 */
const safeMarked = new Marked({
  gfm: true,
  renderer: {
    // Sits under the panel's h3 "Preview": the document's own levels move down three, so the
    // page keeps a single h1 and an outline that reads in order.
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(depth + previewHeadingOffset, 6);
      return `<h${String(level)}>${this.parser.parseInline(tokens)}</h${String(level)}>\n`;
    },
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      return /^(https?:\/\/|#)/i.test(href)
        ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`
        : label;
    },
    // A task-list box as a character: marked's disabled <input> has no label to give it.
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? '☑ ' : '☐ ';
    },
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
  },
});

/**
 * The exported document as it will look on GitHub, minus the Mermaid picture. Memoised: setting
 * its HTML is the costly part, and it is needed only when the document changed.
 */
export const MarkdownPreview = memo(function MarkdownPreview({
  markdown,
  label,
}: {
  markdown: string;
  label: string;
}) {
  const html = useMemo(() => safeMarked.parse(markdown, { async: false }), [markdown]);
  return (
    <div
      className={styles.preview}
      role="region"
      aria-label={label}
      tabIndex={0}
      // Safe: raw HTML, images and non-http links are neutralised by the renderer above.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
