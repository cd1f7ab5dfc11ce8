import examples from 'virtual:content/examples';
import type { Catalog, Content } from '../domain/content';
import type { InLanguage } from '../domain/in-language';
import type { Lang } from '../domain/languages';
import type { Preset } from '../domain/guidance-schema';
import type { Questionnaire } from '../domain/questionnaire-schema';
import type { ExamplePage } from '../domain/results-content';
import { memoize } from '../domain/memoize';
import { withTexts, type TextShape } from '../domain/text-tables';

/**
 * The content as the browser holds it: each part in one language, a value of its own built from
 * the part's structure and that language's texts (see domain/text-tables), and never changed
 * after. The routes load what their screen shows in the language of its address and hand it down;
 * switching language loads the other language's values and moves to its address, and the page
 * renders from those, as from any new props. An example team's page is one more such value, made
 * at build time: its advice and what its results show (domain/results-content).
 */
interface Parts {
  questionnaire: Questionnaire;
  catalog: Catalog;
}

export type TextPart = keyof Parts;

/** How to load a value's structure and each language's texts. */
export type TextLoaders<T> = { shape: () => Promise<{ default: TextShape<T> }> } & Record<
  Lang,
  () => Promise<{ default: string[] }>
>;

type PartLoaders = { [Part in TextPart]: TextLoaders<Parts[Part]> };

const partLoaders: PartLoaders = {
  questionnaire: {
    shape: () => import('virtual:content/questionnaire'),
    en: () => import('virtual:content/questionnaire-texts-en'),
    ja: () => import('virtual:content/questionnaire-texts-ja'),
  },
  catalog: {
    shape: () => import('virtual:content/catalog'),
    en: () => import('virtual:content/catalog-texts-en'),
    ja: () => import('virtual:content/catalog-texts-ja'),
  },
};

/** Each value per language, kept once built so every screen shares the same one. */
const valuesOf = memoize(
  (): Map<Lang, Promise<unknown>> => new Map(),
  new WeakMap<TextLoaders<unknown>, Map<Lang, Promise<unknown>>>(),
);

function loadInLanguage<T>(loaders: TextLoaders<T>, lang: Lang): Promise<InLanguage<T>> {
  const values = valuesOf(loaders) as Map<Lang, Promise<InLanguage<T>>>;
  let value = values.get(lang);
  if (!value) {
    value = Promise.all([loaders.shape(), loaders[lang]()]).then(
      ([shape, texts]) => withTexts(shape.default, texts.default),
      (error: unknown) => {
        // Forget the failure, so the next attempt (back online, a retry) loads it again.
        values.delete(lang);
        throw error;
      },
    );
    values.set(lang, value);
  }
  return value;
}

function loadPart<Part extends TextPart>(part: Part, lang: Lang): Promise<InLanguage<Parts[Part]>> {
  return loadInLanguage<Parts[Part]>(partLoaders[part], lang);
}

/** An example team's page as the build worked it out, or undefined for an id it does not know. */
function loadExample(presetId: string, lang: Lang): Promise<InLanguage<ExamplePage> | undefined> {
  const loaders = Object.hasOwn(examples, presetId) ? examples[presetId] : undefined;
  return loaders ? loadInLanguage(loaders, lang) : Promise.resolve(undefined);
}

/** All the content in one language: the results, the comparison and the exports show it. */
export type ContentInLanguage = InLanguage<Omit<Content, 'presets'>> & { presets: Preset[] };

/** The route parameters a screen's content may depend on. */
type Params = Partial<Record<string, string>>;

/**
 * What each kind of screen shows of the content, in the page's language: the routes load it, the
 * prerendered pages preload it, and the service worker caches the results' (every part).
 */
export const screenContent = {
  questions: {
    parts: ['questionnaire'],
    load: async (lang: Lang) => ({ questionnaire: await loadPart('questionnaire', lang) }),
  },
  example: {
    // Its page's own module (`example-<id>`) holds all it shows, the questions' labels too.
    parts: [],
    load: async (lang: Lang, params: Params) => ({
      example: await loadExample(params.presetId ?? '', lang),
    }),
  },
  results: {
    parts: ['questionnaire', 'catalog'],
    load: async (lang: Lang) => {
      const [questionnaire, catalog, { default: presets }] = await Promise.all([
        loadPart('questionnaire', lang),
        loadPart('catalog', lang),
        import('virtual:content/presets'),
      ]);
      const content: ContentInLanguage = { ...catalog, questionnaire, presets };
      return { questionnaire, content };
    },
  },
} as const satisfies Record<
  string,
  { parts: readonly TextPart[]; load: (lang: Lang, params: Params) => Promise<unknown> }
>;

export type ScreenKind = keyof typeof screenContent;
export type ScreenContent<Kind extends ScreenKind> = Awaited<
  ReturnType<(typeof screenContent)[Kind]['load']>
>;
