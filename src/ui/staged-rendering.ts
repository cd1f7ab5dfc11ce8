import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

let everyStageAtOnce = false;

/**
 * Test hook: from now on, every staged page renders all its stages in its first commit. The
 * component tests turn it on for all tests (tests/components/setup.ts), so a test can query any
 * part of a page right after `render`; a test of the staging itself turns it off again.
 */
export function renderEveryStageAtOnce(atOnce: boolean): void {
  everyStageAtOnce = atOnce;
}

export interface Stages {
  /** How many stages are rendered, from the first: the page shows the parts before this one. */
  shown: number;
  /**
   * Renders every stage now, before returning: for a reader who asks for a later part (an in-page
   * link, "open every part") before it has arrived, so focus can move to it.
   */
  showAll: () => void;
}

/**
 * Renders a long page in stages: the first `firstPaint` stages (what the first screen shows) in
 * the first commit, then one more stage per task after each paint, so no single task lays out the
 * whole page (the results once took one 830 ms task at 4x CPU throttling). Each later stage renders
 * as a transition, so input in between is handled first. Printing, by any means, renders every
 * stage before the print layout is made.
 */
export function useStages(total: number, firstPaint: number): Stages {
  const [shown, setShown] = useState(() => (everyStageAtOnce ? total : firstPaint));

  useEffect(() => {
    if (shown >= total) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    // A timeout set from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        startTransition(() => {
          setShown((current) => Math.max(current, shown + 1));
        });
      }, 0);
    });
    const printAll = () => {
      flushSync(() => {
        setShown(total);
      });
    };
    window.addEventListener('beforeprint', printAll);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
      window.removeEventListener('beforeprint', printAll);
    };
  }, [shown, total]);

  const showAll = useCallback(() => {
    flushSync(() => {
      setShown(total);
    });
  }, [total]);

  return { shown, showAll };
}
