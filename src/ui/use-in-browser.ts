import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while a page is prerendered and while the browser hydrates that markup, true from then on
 * (and at once for a page the browser renders itself). What only a browser can do, such as
 * registering the service worker, waits for it, so the first render in the browser matches the
 * prerendered markup.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
