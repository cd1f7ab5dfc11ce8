import { useEffect, useState } from 'react';
import type { Lang } from '../domain/languages';
import type { ResultsContent } from '../domain/results-content';
import type { Adviser } from '../features/results/what-if/use-what-if-advice';
import { screenContent } from './content-in-language';

export type EngineResults =
  | { status: 'ready'; content: ResultsContent; adviser: Adviser }
  | { status: 'loading' | 'unavailable' };

const loading: EngineResults = { status: 'loading' };

/** Runs `task` once the browser is idle (Safari has no idle callback: the next task there). */
function afterIdle(task: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return {
      cancel: () => {
        cancelIdleCallback(handle);
      },
    };
  }
  const handle = setTimeout(task, 0);
  return {
    cancel: () => {
      clearTimeout(handle);
    },
  };
}

/**
 * The whole content in the page's language with the engine over it, loaded once the page is idle: an
 * example team's page shows the advice the build worked out, and needs these only for "what if".
 * The service worker caches the same files after a first visit, so this adds no download to it.
 */
export function useEngineResults(lang: Lang): EngineResults {
  const [results, setResults] = useState<{ lang: Lang; value: EngineResults }>({
    lang,
    value: loading,
  });
  useEffect(() => {
    let current = true;
    const load = () => {
      Promise.all([screenContent.results.load(lang), import('./engine-adviser')]).then(
        ([{ content }, { engineAdviser }]) => {
          if (current) {
            setResults({
              lang,
              value: { status: 'ready', content, adviser: engineAdviser(content) },
            });
          }
        },
        () => {
          if (current) setResults({ lang, value: { status: 'unavailable' } });
        },
      );
    };
    // Not before the page works: on a slow connection these would hold up what it shows first.
    const idle = afterIdle(load);
    return () => {
      current = false;
      idle.cancel();
    };
  }, [lang]);
  return results.lang === lang ? results.value : loading;
}
