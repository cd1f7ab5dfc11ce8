import type { DataRouter } from 'react-router';

/** Resolves once the first page's code and texts are in, so its first render is the whole page. */
export function routerInitialized(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
