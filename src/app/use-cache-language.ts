import { useEffect } from 'react';
import { screenContent } from './content-in-language';
import type { Lang } from '../domain/languages';

/**
 * Once the service worker controls the page, loads the texts of the page's language through it,
 * so they join its cache: it precaches no language (src/node/main-path-precache.ts), and a visitor
 * caches the one they read. A page that loaded them before the worker took over already has them;
 * a failure (offline) is left for the next visit.
 */
export function useCacheLanguage(lang: Lang): void {
  useEffect(() => {
    const { serviceWorker } = navigator;
    // Absent in an insecure context and in some WebViews.
    if (!(serviceWorker as ServiceWorkerContainer | undefined)) return;
    const cache = () => {
      if (serviceWorker.controller) screenContent.results.load(lang).catch(() => {});
    };
    cache();
    serviceWorker.addEventListener('controllerchange', cache);
    return () => {
      serviceWorker.removeEventListener('controllerchange', cache);
    };
  }, [lang]);
}
