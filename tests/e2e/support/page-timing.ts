import type { BrowserContext, Page } from '@playwright/test';

/** The mark the app will set once its first screen works; until it does, a stand-in is used. */
export const interactiveMark = 'app:interactive';

interface Watched {
  /** Each text the page's `main h1` has shown, with when it first showed it. */
  headings: { text: string; at: number }[];
  /** When the last click landed, on the page's own clock. */
  clickAt?: number;
  /** When the browser began its first frame (its first `requestAnimationFrame` callbacks). */
  firstFrameAt?: number;
}
type WatchedWindow = Window & { __perfWatch?: Watched };

/**
 * Watches every page of `context` from its first byte: when each `main h1` text appears (the
 * DOM commit that shows it, parsed or rendered) and when a click lands. Both are read on the page's
 * clock, so they compare with the paint entries and resource timing without any round trip.
 */
export async function watchPages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const watched: Watched = { headings: [] };
    (window as WatchedWindow).__perfWatch = watched;
    requestAnimationFrame(() => {
      watched.firstFrameAt = performance.now();
    });
    new MutationObserver(() => {
      const text = document.querySelector('main h1')?.textContent.trim() ?? '';
      if (text !== '' && watched.headings.at(-1)?.text !== text) {
        watched.headings.push({ text, at: performance.now() });
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener(
      'click',
      (event) => {
        watched.clickAt = event.timeStamp;
      },
      { capture: true },
    );
  });
}

/** What `watchPages` saw so far. */
export async function watched(page: Page): Promise<Watched> {
  return page.evaluate(() => (window as WatchedWindow).__perfWatch ?? { headings: [] });
}

/**
 * When the first frame had everything it painted: the earlier of the first frame's start and the
 * first paint. Paint timing reports when the frame was presented, which on an idle machine comes
 * after requests a script makes in the task right after that frame (the boot script's), though the
 * frame never waited for them.
 */
export async function firstFrameAt(page: Page, firstPaint: number): Promise<number> {
  const frame = (await watched(page)).firstFrameAt;
  return frame === undefined ? firstPaint : Math.min(frame, firstPaint);
}

/** First paint and first contentful paint, waiting for the latter. */
export async function paints(page: Page): Promise<{ firstPaint: number; firstContentful: number }> {
  return page.evaluate(
    () =>
      new Promise<{ firstPaint: number; firstContentful: number }>((resolve) => {
        new PerformanceObserver((_, observer) => {
          // No named helper in here: tsx (the perf script) would wrap it in a `__name` call that
          // does not exist in the page.
          const [first, contentful] = ['first-paint', 'first-contentful-paint'].map(
            (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime,
          );
          if (contentful === undefined) return;
          observer.disconnect();
          // Chromium reports both; first paint never comes after first contentful paint.
          resolve({ firstPaint: first ?? contentful, firstContentful: contentful });
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * When the page became interactive, on its own clock: the `app:interactive` mark when the app
 * sets one; until then the app's first commit with the `main h1` shown and everything the page
 * requested by the time the network fell idle loaded (so the entry script has run). The one
 * definition the perf script and the byte budgets share.
 */
export async function interactiveAt(page: Page): Promise<number> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  return page.evaluate((mark) => {
    const marked = performance.getEntriesByName(mark, 'mark')[0];
    if (marked) return marked.startTime;
    const heading = (window as WatchedWindow).__perfWatch?.headings[0]?.at ?? performance.now();
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
    return Math.max(heading, ...loaded);
  }, interactiveMark);
}
