/**
 * A GitHub-flavoured Markdown table. Cells must already be escaped (an escaped cell never holds
 * an unescaped `|` or a line break), so every row has exactly as many columns as the header.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
