import { Parser, jaModel } from 'budoux';
import type { Content } from '../domain/content';
import { diagramTexts } from '../features/results/diagram/diagram-texts';
import { japaneseWords, type PhraseBreaks } from '../features/results/diagram/wrap-text';
import { formattersFor } from '../i18n/use-format';
import { localize } from '../i18n/use-localize';

/** The offsets in `word` where one of BudouX's phrases ends and the next begins. */
function phraseEnds(parser: Parser, word: string): number[] {
  let end = 0;
  return parser
    .parse(word)
    .slice(0, -1)
    .map((phrase) => (end += phrase.length));
}

/**
 * Where BudouX breaks each Japanese word the results diagram can wrap, for the browser to look up
 * (src/features/results/diagram/wrap-text.ts): about 0.6 KB gzip of offsets instead of the
 * parser and its model (9 KB). Sorted, so the module only changes when the texts do.
 */
export function japanesePhraseBreaks(content: Content): PhraseBreaks {
  const parser = new Parser(jaModel);
  const texts = diagramTexts(
    content,
    (text, params) => localize('ja', text, params),
    formattersFor('ja').list,
  );
  const words = [...new Set(texts.flatMap(japaneseWords))].sort();
  return Object.fromEntries(words.map((word) => [word, phraseEnds(parser, word)]));
}
