import { useCallback, useState } from 'react';

/**
 * The width to draw an element at: `expected` (worked out before the first paint, so nothing is
 * drawn twice) until a ResizeObserver measures a width that differs from the drawn one by more
 * than `tolerance` (a share of it), as after a resize or where the estimate was wrong. A drawing
 * that scales to its box looks the same within the tolerance, and is then not drawn again. Where
 * ResizeObserver does not exist, as in jsdom, it stays at `expected`.
 */
export function useElementWidth(
  expected: number,
  tolerance: number,
): [(element: Element | null) => void, number] {
  const [measured, setMeasured] = useState<number | null>(null);
  const ref = useCallback(
    (element: Element | null) => {
      if (!element || !('ResizeObserver' in window)) return;
      const observer = new ResizeObserver(([entry]) => {
        if (!entry) return;
        const width = Math.round(entry.contentRect.width);
        setMeasured((drawn) =>
          Math.abs(width - (drawn ?? expected)) > tolerance * (drawn ?? expected) ? width : drawn,
        );
      });
      observer.observe(element);
      return () => {
        observer.disconnect();
      };
    },
    [expected, tolerance],
  );
  return [ref, measured ?? expected];
}
