/** The results diagram's Japanese phrase breaks, from the build (src/node/diagram-phrases.ts). */
declare module 'virtual:diagram-phrases-ja' {
  const breaks: import('./features/results/diagram/wrap-text').PhraseBreaks;
  export default breaks;
}
