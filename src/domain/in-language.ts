import type { Lang, LocalizedText } from './localized-text';

/** `T` with every bilingual text replaced by its string in one language. */
export type InLanguage<T> = T extends LocalizedText
  ? string
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

/** Projects a bilingual structure (advice, content) onto one language, for JSON output and exports. */
export function inLanguage<T>(value: T, lang: Lang): InLanguage<T> {
  if (Array.isArray(value))
    return value.map((item: unknown) => inLanguage(item, lang)) as InLanguage<T>;
  if (typeof value !== 'object' || value === null) return value as InLanguage<T>;
  if (isLocalizedText(value)) return value[lang] as InLanguage<T>;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]),
  ) as InLanguage<T>;
}
