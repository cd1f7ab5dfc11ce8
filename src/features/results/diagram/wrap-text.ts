import { Parser, jaModel } from 'budoux';

/**
 * Line breaking for SVG text, which cannot wrap by itself. Lines break only between phrases:
 * English at spaces, Japanese where BudouX finds a phrase boundary (「バックエンドの｜実行基盤」,
 * never inside 「基盤」). Widths are estimated in ems from the characters (CJK full width, Latin
 * about half), close enough for short labels in a system font, so layout stays a pure function
 * that tests and print can rely on.
 */

const japanesePhrases = new Parser(jaModel);

function isWide(char: string): boolean {
  return (char.codePointAt(0) ?? 0) >= 0x2e80;
}

function charWidth(char: string): number {
  if (isWide(char)) return 1;
  if (char === ' ' || /[il.,:;'|!()[\]]/.test(char)) return 0.3;
  if (/[A-Z0-9mw]/.test(char)) return 0.7;
  return 0.57;
}

/** The estimated width of `text` in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * The pieces a line may break between, each keeping the space after it, so that joining them
 * gives back `text`.
 */
export function phrases(text: string): string[] {
  return text
    .split(/(?<= )/)
    .flatMap((word) => (Array.from(word).some(isWide) ? japanesePhrases.parse(word) : [word]));
}

/** The widest piece of `text` that no line break may split, in ems. */
export function widestPhrase(text: string): number {
  return Math.max(0, ...phrases(text).map((phrase) => textWidth(phrase.trimEnd())));
}

/** Splits a phrase wider than a line by characters: the last resort when no box is wide enough. */
function splitByCharacters(phrase: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of phrase) {
    if (line && textWidth(line + char) > maxEm) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return [...lines, line];
}

/** Breaks `text` into lines of at most `maxEm` ems, between phrases; nothing is dropped. */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases(text.trim())) {
    if (line && textWidth(`${line}${phrase}`.trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!line && textWidth(phrase.trimEnd()) > maxEm) {
      const kept = phrase.trimEnd();
      const pieces = splitByCharacters(kept, maxEm);
      lines.push(...pieces.slice(0, -1));
      line = `${pieces.at(-1) ?? ''}${phrase.slice(kept.length)}`;
    } else {
      line += phrase;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * At most `maxLines` of `lines`; when some are left out, the last kept line ends in "…" (the
 * caller shows the full text elsewhere, in a tooltip and the description).
 */
export function clampLines(
  lines: readonly string[],
  maxEm: number,
  maxLines: number,
): { lines: string[]; cut: boolean } {
  if (lines.length <= maxLines) return { lines: [...lines], cut: false };
  const ellipsis = '…';
  let last = lines[maxLines - 1] ?? '';
  while (last && textWidth(last + ellipsis) > maxEm) last = Array.from(last).slice(0, -1).join('');
  return { lines: [...lines.slice(0, maxLines - 1), `${last.trimEnd()}${ellipsis}`], cut: true };
}
