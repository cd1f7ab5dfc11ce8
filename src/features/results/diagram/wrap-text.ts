/**
 * Line breaking for SVG text, which cannot wrap by itself. Widths are estimated in ems from the
 * characters (CJK full width, Latin about half), which is close enough for short labels in a
 * system font and keeps layout a pure function that tests and print can rely on.
 */

function isWide(char: string): boolean {
  return (char.codePointAt(0) ?? 0) >= 0x2e80;
}

function charWidth(char: string): number {
  if (isWide(char)) return 1;
  if (char === ' ' || /[il.,:;'|!()[\]]/.test(char)) return 0.3;
  if (/[A-Z0-9mw]/.test(char)) return 0.7;
  return 0.57;
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function truncate(line: string, maxEm: number): string {
  const ellipsis = '…';
  let kept = line;
  while (kept.length > 0 && textWidth(kept) + textWidth(ellipsis) > maxEm) {
    kept = kept.slice(0, -1);
  }
  return `${kept.trimEnd()}${ellipsis}`;
}

/** Breaks `text` into at most `maxLines` lines of `maxEm` ems, ending in "…" when it overflows. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Where the current line may break: after a space, or before or after a CJK character.
  let breakAt = -1;
  for (const char of text) {
    if (char !== ' ' && line.length > 0 && textWidth(line) + charWidth(char) > maxEm) {
      const cut = breakAt > 0 ? breakAt : line.length;
      lines.push(line.slice(0, cut).trimEnd());
      line = line.slice(cut).trimStart();
      breakAt = -1;
    }
    if (isWide(char) && line.length > 0) breakAt = line.length;
    line += char;
    if (char === ' ' || isWide(char)) breakAt = line.length;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1] ?? ''} ${lines[maxLines] ?? ''}`, maxEm);
  return kept;
}
