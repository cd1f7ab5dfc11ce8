import { useCallback, useState } from 'react';

/**
 * The rendered width of an element, kept current with a ResizeObserver. Until it is measured (and
 * where ResizeObserver does not exist, as in jsdom) it reports `fallback`.
 */
export function useElementWidth(fallback: number): [(element: Element | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: Element | null) => {
    if (!element || !('ResizeObserver' in window)) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}
