import { isLocalizedText, type InLanguage } from './in-language';
import { languages, type Lang } from './languages';

/**
 * Bilingual content split for the browser: the structure once, with a marker where each text was,
 * and one table of strings per language in the order the markers appear. A visitor then downloads
 * the structure and the texts of one language, and puts the two together into a value in that
 * language (`withTexts`); the other language comes only if they switch.
 */

const marker = '$text';
type Marker = { [marker]: 1 };

declare const shapeOf: unique symbol;
/** The structure of a `T` with its texts taken out (a type-only brand): `withTexts` reads it. */
export type TextShape<T> = { readonly [shapeOf]: T };

export interface TextTables<T> {
  shape: TextShape<T>;
  texts: Record<Lang, string[]>;
}

function isMarker(value: object): value is Marker {
  return marker in value;
}

/** Build time: takes every bilingual text out of `value`, in document order. */
export function splitTexts<T>(value: T): TextTables<T> {
  const texts: Record<Lang, string[]> = { en: [], ja: [] };
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item !== 'object' || item === null) return item;
    if (isLocalizedText(item)) {
      for (const lang of languages) texts[lang].push(item[lang]);
      return { [marker]: 1 } satisfies Marker;
    }
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
  };
  return { shape: walk(value) as TextShape<T>, texts };
}

/**
 * A new value: the structure with its markers replaced by `texts`, in order. The shape and the
 * texts stay as they were.
 */
export function fillShape(shape: TextShape<unknown>, texts: readonly unknown[]): unknown {
  let next = 0;
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item !== 'object' || item === null) return item;
    if (isMarker(item)) return texts[next++];
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
  };
  const value = walk(shape);
  if (next !== texts.length) {
    // Structure and tables come from one build; a mismatch means a stale or mixed deploy.
    throw new Error(`the texts do not fit the content: ${texts.length} for ${next}`);
  }
  return value;
}

/**
 * Run time: the value in one language, each marker replaced by its string from that language's
 * table. Built once per language and never changed.
 */
export function withTexts<T>(shape: TextShape<T>, strings: readonly string[]): InLanguage<T> {
  return fillShape(shape, strings) as InLanguage<T>;
}
