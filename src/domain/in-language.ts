import type { Lang, LocalizedText, Text } from './localized-text';

/** `T` with every text (`Text`, bilingual or not) as its string in one language. */
export type InLanguage<T> = T extends LocalizedText
  ? string
  : T extends string
    ? T
    : T extends readonly (infer Item)[]
      ? InLanguage<Item>[]
      : T extends object
        ? { [Key in keyof T]: InLanguage<T[Key]> }
        : T;

export function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Partial<LocalizedText>).en === 'string' &&
    typeof (value as Partial<LocalizedText>).ja === 'string'
  );
}

/** A text's string in `lang`: a bilingual text's `lang`, a text in one language as it is. */
export function textIn(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * Projects a structure (advice, content) onto one language, for JSON output and exports: each
 * bilingual text becomes its string in `lang`; a text already in one language stays as it is.
 */
export function inLanguage<T>(value: T, lang: Lang): InLanguage<T> {
  if (Array.isArray(value))
    return value.map((item: unknown) => inLanguage(item, lang)) as InLanguage<T>;
  if (typeof value !== 'object' || value === null) return value as InLanguage<T>;
  if (isLocalizedText(value)) return value[lang] as InLanguage<T>;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]),
  ) as InLanguage<T>;
}
