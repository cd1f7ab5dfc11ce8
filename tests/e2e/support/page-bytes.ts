import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** One request of the page, as its own resource timing saw it, with the size of its body. */
export interface PageRequest {
  url: string;
  /** Milliseconds from the start of the navigation, as `performance.now()` counts. */
  startTime: number;
  responseEnd: number;
  /** The body gzipped at level 9 here, so the figure is the same whatever the server sends. */
  gzipBytes: number;
  /** What went over the wire, headers included, as the browser reports it (0 from its cache). */
  transferBytes: number;
}

/**
 * Starts recording the body of every response `page` receives; call before navigating. The
 * returned function waits for the bodies still being read and gives their gzip sizes by URL.
 */
export function recordBodies(page: Page): () => Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
        },
        // A redirect or an aborted request has no body to count.
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return sizes;
  };
}

/**
 * Every request the page made so far, the document first, from resource timing: it shares its
 * clock with the paint entries and marks, and leaves out the browser's own requests (favicon,
 * manifest) that no user waits for.
 */
export async function pageRequests(
  page: Page,
  bodies: () => Promise<Map<string, number>>,
): Promise<PageRequest[]> {
  const entries = await page.evaluate(() =>
    [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ].map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return {
        url: timing.name,
        startTime: timing.startTime,
        responseEnd: timing.responseEnd,
        transferBytes: timing.transferSize,
      };
    }),
  );
  const sizes = await bodies();
  return entries.map((entry) => ({ ...entry, gzipBytes: sizes.get(entry.url) ?? 0 }));
}

/** The two byte figures of a set of requests. */
export function totals(requests: readonly PageRequest[]): { gzip: number; transfer: number } {
  return {
    gzip: requests.reduce((sum, request) => sum + request.gzipBytes, 0),
    transfer: requests.reduce((sum, request) => sum + request.transferBytes, 0),
  };
}

/** The requests started in [from, until): before first paint, or after a click. */
export function startedBetween(
  requests: readonly PageRequest[],
  from: number,
  until: number,
): PageRequest[] {
  return requests.filter((request) => request.startTime >= from && request.startTime < until);
}
