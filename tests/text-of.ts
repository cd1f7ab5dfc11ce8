import { textIn } from '../src/domain/in-language';
import type { Lang, Text } from '../src/domain/localized-text';

/**
 * A content text in one language, for assertions on content parsed with both. A missing one stays
 * missing, so an optional chain reads as it would on a plain object and the assertion says so.
 */
export function textOf(text: Text, lang: Lang): string;
export function textOf(text: Text | null | undefined, lang: Lang): string | undefined;
export function textOf(text: Text | null | undefined, lang: Lang): string | undefined {
  return text === null || text === undefined ? undefined : textIn(text, lang);
}
