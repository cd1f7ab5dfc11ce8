/**
 * Line breaking for SVG text, which cannot wrap by itself. Lines break only between phrases:
 * English at spaces, Japanese where BudouX finds a phrase boundary (「バックエンドの｜実行基盤」,
 * never inside 「基盤」). BudouX runs at build time on every Japanese word the diagram can show
 * (src/node/diagram-phrases.ts) and the layout is handed its answers, so the browser ships a small
 * table instead of the parser and its model. Widths are estimated in ems from the characters (CJK
 * full width, Latin about half), close enough for short labels in a system font, so layout stays a
 * pure function that tests and print can rely on.
 */

/**
 * Where each Japanese word breaks into phrases: the offsets (in UTF-16 units) where one phrase ends
 * and the next begins, none for a word of one phrase. A word runs up to and including a space.
 */
export type PhraseBreaks = Readonly<Record<string, readonly number[]>>;

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

/** The pieces between spaces, each keeping the space after it. */
function words(text: string): string[] {
  return text.split(/(?<= )/);
}

function isJapanese(word: string): boolean {
  return Array.from(word).some(isWide);
}

/** The words of `text` that break into phrases by `PhraseBreaks` rather than at spaces alone. */
export function japaneseWords(text: string): string[] {
  return words(text).filter(isJapanese);
}

function japanesePhrases(word: string, breaks: PhraseBreaks): string[] {
  const ends = Object.hasOwn(breaks, word) ? breaks[word] : undefined;
  // A word the build did not see (tests/unit/diagram-phrases.test.ts keeps content from having
  // one) breaks between any two characters, as a browser breaks Japanese; its space stays last.
  if (!ends) return word.match(/. ?/gsu) ?? [word];
  return [0, ...ends].map((start, i) => word.slice(start, ends[i]));
}

/**
 * The pieces a line may break between, each keeping the space after it, so that joining them
 * gives back `text`.
 */
export function phrases(text: string, breaks: PhraseBreaks): string[] {
  return words(text).flatMap((word) => (isJapanese(word) ? japanesePhrases(word, breaks) : [word]));
}

/** The widest piece of `text` that no line break may split, in ems. */
export function widestPhrase(text: string, breaks: PhraseBreaks): number {
  return Math.max(0, ...phrases(text, breaks).map((phrase) => textWidth(phrase.trimEnd())));
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
export function wrapText(text: string, maxEm: number, breaks: PhraseBreaks): string[] {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases(text.trim(), breaks)) {
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
