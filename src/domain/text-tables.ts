import { isLocalizedText } from './in-language';
import { languages, type Lang } from './languages';
import type { LocalizedText } from './localized-text';

/**
 * Bilingual content split for the browser: the structure once, with a marker where each text was,
 * and one table of strings per language in the order the markers appear. A visitor then downloads
 * the structure and the texts of one language; the other comes only if they switch.
 */
export interface TextTables {
  shape: unknown;
  texts: Record<Lang, string[]>;
}

const marker = '$text';
type Marker = { [marker]: 1 };

function isMarker(value: object): value is Marker {
  return marker in value;
}

/** Build time: takes every bilingual text out of `value`, in document order. */
export function splitTexts(value: unknown): TextTables {
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
  return { shape: walk(value), texts };
}

/** A bilingual text whose languages arrive one table at a time. */
export type TextSlot = Partial<LocalizedText>;

/**
 * Run time: rebuilds the structure with an empty object where each text goes, and returns those
 * objects in table order so `fillTexts` can give them each language as it arrives. Until a
 * language's table is filled its strings are absent, so the app loads a language's texts before it
 * shows anything in that language.
 */
export function withTextSlots(shape: unknown): { value: unknown; slots: TextSlot[] } {
  const slots: TextSlot[] = [];
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item !== 'object' || item === null) return item;
    if (isMarker(item)) {
      const slot: TextSlot = {};
      slots.push(slot);
      return slot;
    }
    return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
  };
  return { value: walk(shape), slots };
}

export function fillTexts(slots: readonly TextSlot[], lang: Lang, strings: readonly string[]) {
  if (strings.length !== slots.length) {
    // Structure and tables come from one build; a mismatch means a stale or mixed deploy.
    throw new Error(`${lang} texts do not fit the content: ${strings.length} for ${slots.length}`);
  }
  strings.forEach((text, index) => {
    (slots[index] as TextSlot)[lang] = text;
  });
}
