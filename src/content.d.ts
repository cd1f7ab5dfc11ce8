/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content' {
  const content: import('./domain/content').Content;
  export default content;
}

/** The questionnaire without its texts, for the saved session and the first screen. */
declare module 'virtual:content/outline' {
  const outline: import('./domain/questionnaire-outline').QuestionnaireOutline;
  export default outline;
}

/** The questionnaire alone, for the screens that do not need the catalog and rules. */
declare module 'virtual:content/questionnaire' {
  const questionnaire: import('./domain/questionnaire-schema').Questionnaire;
  export default questionnaire;
}

declare module 'virtual:content/presets' {
  const presets: import('./domain/guidance-schema').Preset[];
  export default presets;
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
