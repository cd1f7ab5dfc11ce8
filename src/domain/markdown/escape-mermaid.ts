import { singleLine } from './escape-markdown';

/** Mermaid's own entity codes (`#quot;`), which it turns back into the characters when drawing. */
const mermaidEntities: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
};

/**
 * Text for a double-quoted Mermaid label: on one line, with `#`, quotes, `<`, `>` and `&` written
 * as Mermaid entity codes (`#` first, in the same pass, so codes are not re-encoded) and backticks
 * dropped, since they would turn the label into a Markdown string or close the code fence.
 */
export function mermaidLabel(text: string): string {
  return singleLine(text.replace(/`/g, '')).replace(
    /[#"<>&]/g,
    (char) => mermaidEntities[char] ?? char,
  );
}

/**
 * A Mermaid node or subgraph id from a prefix and a kebab-case id: letters, digits and `_` only,
 * and prefixed, so it is never a keyword such as `end` and never starts with `o` or `x` after an
 * arrow (which Mermaid would read as a circle or cross edge).
 */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^a-z0-9]/gi, '_')}`;
}
