/// <reference types="vite-plugin-pwa/react" />

/** The questionnaire without its texts, for the saved session and the first screen. */
declare module 'virtual:content/outline' {
  const outline: import('./domain/questionnaire-outline').QuestionnaireOutline;
  export default outline;
}

/** The questionnaire's structure, to be put together with one language's texts. */
declare module 'virtual:content/questionnaire' {
  const shape: import('./domain/text-tables').TextShape<
    import('./domain/questionnaire-schema').Questionnaire
  >;
  export default shape;
}

/** The structure of the catalog, rules and guidance, to be put together with one language's texts. */
declare module 'virtual:content/catalog' {
  const shape: import('./domain/text-tables').TextShape<import('./domain/content').Catalog>;
  export default shape;
}

declare module 'virtual:content/presets' {
  const presets: import('./domain/guidance-schema').Preset[];
  export default presets;
}

/** Per example team, its page as the build works it out (src/domain/results-content.ts). */
declare module 'virtual:content/examples' {
  const examples: Record<
    string,
    import('./app/content-in-language').TextLoaders<import('./domain/results-content').ExamplePage>
  >;
  export default examples;
}

/** One language's texts of one content part, in the order of its structure's markers. */
declare module 'virtual:content/*-texts-en' {
  const texts: string[];
  export default texts;
}

declare module 'virtual:content/*-texts-ja' {
  const texts: string[];
  export default texts;
}

/** The results diagram's Japanese phrase breaks, from the build (src/node/diagram-phrases.ts). */
declare module 'virtual:content/diagram-phrases-ja' {
  const breaks: import('./features/results/diagram/wrap-text').PhraseBreaks;
  export default breaks;
}
