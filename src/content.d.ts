/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:content' {
  const content: import('./domain/content').Content;
  export default content;
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
