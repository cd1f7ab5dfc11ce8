/**
 * The width of the results column in a viewport this wide, worked out from the page's CSS rather
 * than measured, so the stack diagram is laid out once, before its first paint: the app's main
 * column is at most 60rem with 1rem of padding a side (app-layout.module.css), and while the
 * "What if?" panel stands beside the results, from a 50rem container, it takes 18rem and a 2rem gap
 * (results-page.module.css). It assumes a 16 px rem; the diagram corrects a wrong guess itself.
 */
export function resultsColumnWidth(viewportWidth: number, panelBeside: boolean): number {
  const rem = 16;
  const container = Math.min(viewportWidth, 60 * rem) - 2 * rem;
  return panelBeside && container >= 50 * rem ? container - 20 * rem : container;
}
