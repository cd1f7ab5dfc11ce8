/**
 * Characters that must not reach a terminal or a page as they are: C0 and C1 controls and DEL (a
 * terminal obeys escape sequences that retitle the window, clear the screen or fake output), and
 * the invisible ones that reorder or break text (bidi marks, overrides and isolates; line and
 * paragraph separators).
 */
const unsafeCharacters =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** The text with every unsafe character written as a visible `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(
    unsafeCharacters,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Untrusted text (a file name, an id, a value, a parser's message quoting its input) as a message
 * may quote it: at most `maxLength` characters, then "…", with unsafe characters escaped. Reads no
 * further than it shows, so a 50 MB value costs no more than a short one.
 */
export function showUntrusted(text: string, maxLength = 60): string {
  let shown = '';
  let length = 0;
  for (const char of text) {
    if (length === maxLength) return `${escapeControls(shown)}…`;
    shown += char;
    length += 1;
  }
  return escapeControls(shown);
}
