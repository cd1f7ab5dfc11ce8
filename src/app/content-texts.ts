import { languages, type Lang } from '../domain/languages';
import { fillTexts, withTextSlots, type TextSlot } from '../domain/text-tables';

/**
 * The content's texts, loaded one language at a time (see domain/text-tables). The content modules
 * register their structure here; a screen loads its parts' texts in the UI language before it
 * renders, and the language switch loads the new language's texts before it changes the language,
 * so no one ever sees a text that is not there yet.
 */
const textLoaders = {
  questionnaire: {
    en: () => import('virtual:content/questionnaire-texts-en'),
    ja: () => import('virtual:content/questionnaire-texts-ja'),
  },
  catalog: {
    en: () => import('virtual:content/catalog-texts-en'),
    ja: () => import('virtual:content/catalog-texts-ja'),
  },
} satisfies Record<string, Record<Lang, () => Promise<{ default: string[] }>>>;

export type TextPart = keyof typeof textLoaders;

/**
 * What a kind of screen shows of the content, in the page's language: the routes load it, the
 * prerendered pages preload it, and the service worker caches the results' (every part).
 */
export const screenTexts = {
  questions: ['questionnaire'],
  results: ['questionnaire', 'catalog'],
} as const satisfies Record<string, readonly TextPart[]>;

const slotsByPart = new Map<TextPart, TextSlot[]>();
const tables = new Map<`${TextPart}/${Lang}`, string[]>();
const pending = new Map<`${TextPart}/${Lang}`, Promise<void>>();
/** Parts a screen has asked for: the ones a language switch must bring along. */
const partsInUse = new Set<TextPart>();

/**
 * Called by the generated content modules (typed in content.d.ts): the structure, with each
 * language filled in on arrival.
 */
export function registerTextShape(part: TextPart, shape: unknown): unknown {
  const { value, slots } = withTextSlots(shape);
  slotsByPart.set(part, slots);
  for (const lang of languages) {
    const strings = tables.get(`${part}/${lang}`);
    if (strings) fillTexts(slots, lang, strings);
  }
  return value;
}

function loadTable(part: TextPart, lang: Lang): Promise<void> {
  const key = `${part}/${lang}` as const;
  const loading =
    pending.get(key) ??
    textLoaders[part][lang]().then(
      ({ default: strings }) => {
        tables.set(key, strings);
        const slots = slotsByPart.get(part);
        if (slots) fillTexts(slots, lang, strings);
      },
      (error: unknown) => {
        // Forget the failure, so the next attempt (back online, a retry) loads it again.
        pending.delete(key);
        throw error;
      },
    );
  pending.set(key, loading);
  return loading;
}

/** The texts of these parts in one language; resolves at once when they are already in. */
export async function loadTexts(parts: readonly TextPart[], lang: Lang): Promise<void> {
  for (const part of parts) partsInUse.add(part);
  await Promise.all(parts.map((part) => loadTable(part, lang)));
}

/** Before switching to `lang`: its texts for every part on screen or on its way. */
export function loadTextsInUse(lang: Lang): Promise<void> {
  return loadTexts([...partsInUse], lang);
}
