/** C0 and C1 controls and the Unicode line and paragraph separators: each could end a line. */
function isLineBreaking(codePoint: number): boolean {
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029
  );
}

/** Bidirectional overrides and isolates, which can make escaped text read as something else. */
function isBidiControl(codePoint: number): boolean {
  return (
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    codePoint === 0x061c
  );
}

/**
 * Text squeezed onto one line: line breaks and controls become spaces, bidi controls go, runs of
 * white space shrink to one and the ends are trimmed (leading spaces could start a code block).
 * Letters, emoji, joiners and combining marks are kept as they are.
 */
export function singleLine(text: string): string {
  let result = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isBidiControl(codePoint)) continue;
    result += isLineBreaking(codePoint) ? ' ' : char;
  }
  return result.replace(/\s+/g, ' ').trim();
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text of any origin (a name a user typed, content) made safe to place inline in GitHub-flavoured
 * Markdown, in a heading, list item or table cell: it renders as the same characters and can
 * never open a block, a link (autolinks included), an image, emphasis, code, math or a table
 * column, nor carry HTML.
 * `<`, `>` and `&` become entities (so no raw `<` survives); other punctuation that Markdown
 * reads is backslash-escaped, which GitHub also honours inside table cells for `|`.
 */
export function escapeMarkdown(text: string): string {
  return (
    singleLine(text)
      .replace(/[&<>]/g, (char) => entities[char] ?? char)
      .replace(/[\\`*_[\]()#+\-!|~$]/g, '\\$&')
      // GFM turns bare `https://…`, `www.…` and e-mail addresses into links, and such a link
      // swallows the escapes after it (`p.png\)` shows its backslash). Escaping the `:` of `://`,
      // the `.` of `www.` and every `@` keeps them plain text.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
  );
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A date as given: a YYYY-MM-DD date is shown as it is (it cannot break anything), other text escaped. */
export function escapeDate(date: string): string {
  return isoDate.test(date) ? date : escapeMarkdown(date);
}

/** Characters that may stand unencoded in a Markdown link destination without ending or changing it. */
const urlSafe = /^[A-Za-z0-9\-._~:/?#@!$&*+,=%]$/;

/**
 * An http(s) URL ready for `[text](url)`: anything that could end the destination or start
 * Markdown or HTML (spaces, parentheses, brackets, quotes, `<`, `>`, `|`, backslashes, non-ASCII)
 * is percent-encoded. Any other scheme (`javascript:`, `data:`) gives null: never a link.
 */
export function safeLinkDestination(url: string): string | null {
  if (!/^https?:\/\/\S/i.test(url)) return null;
  let result = '';
  for (const char of url) result += urlSafe.test(char) ? char : percentEncode(char);
  return result;
}

function percentEncode(char: string): string {
  try {
    // encodeURIComponent leaves these three alone, but each would end or change a destination.
    return encodeURIComponent(char).replace(
      /['()]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    return '%EF%BF%BD'; // a lone surrogate cannot be encoded: U+FFFD stands in for it
  }
}
