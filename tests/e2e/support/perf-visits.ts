import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import type { Lang } from '../../../src/domain/languages';
import { precachedFiles } from '../../../src/node/precached-files';
import { pageRequests, recordBodies, startedBetween, totals } from './page-bytes';
import { firstFrameAt, interactiveAt, paints, watchPages, watched } from './page-timing';
import {
  chooseLanguage,
  pathOf,
  startLinkName,
  type PathStyle,
  type PerfPage,
} from './perf-routes';

export interface VisitSetup {
  /** Where the build is served, e.g. `http://localhost:4173`. */
  origin: string;
  lang: Lang;
  style: PathStyle;
  /** The example team a `preset` visit opens (perf-routes' `perfPreset` unless named). */
  presetId?: string;
  /** Applied to the page before it navigates (the perf script's network and CPU throttling). */
  prepare?: (page: Page) => Promise<void>;
}

/** A first visit's figures: times in ms from the navigation's start, bytes gzip and transferred. */
export interface VisitFigures {
  firstPaint: number;
  firstContentfulPaint: number;
  interactive: number;
  beforeFirstPaint: { gzip: number; transfer: number };
  untilInteractive: { gzip: number; transfer: number };
}

/**
 * A first visit to a preset link with all it leads to: the page, the engine and the whole catalog
 * it loads once idle (until "what if" works), and the service worker's precache. A hashed file
 * the page already has comes from the HTTP cache when the worker asks for it, so each file
 * counts once. What a room of people opening one link share on one Wi-Fi.
 */
export async function measureFirstVisitInAll(browser: Browser, setup: VisitSetup): Promise<number> {
  return inFreshContext(browser, setup, async (page, bodies) => {
    await page.goto(setup.origin + pathOf('preset', setup.lang, setup.style, setup.presetId));
    await interactiveAt(page);
    await page.locator('#results-what-if button').click();
    await page.locator('#results-what-if-body select').first().waitFor();
    const requests = await pageRequests(page, bodies);
    const fetched = new Set(requests.map((request) => request.url));
    const worker = await page.request.get(`${setup.origin}/sw.js`);
    const precached = precachedFiles(await worker.text()).map(
      (file) => new URL(file, `${setup.origin}/`).href,
    );
    let bytes = totals(requests).gzip;
    for (const url of precached) {
      if (fetched.has(url)) continue;
      bytes += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
    }
    return bytes;
  });
}

/** Landing page → first question: from the click until the question's h1 shows, and its bytes. */
export interface StartFigures {
  headingShown: number;
  added: { gzip: number; transfer: number };
}

/**
 * Runs `measure` on a page of a fresh context: a cold HTTP cache, nothing in storage but the chosen
 * language, and no service worker (which would precache the whole app and blur what a route needs).
 */
async function inFreshContext<T>(
  browser: Browser,
  setup: VisitSetup,
  measure: (page: Page, bodies: () => Promise<Map<string, number>>) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await chooseLanguage(context, setup.lang, setup.style);
    await watchPages(context);
    const page = await context.newPage();
    await setup.prepare?.(page);
    const bodies = recordBodies(page);
    return await measure(page, bodies);
  } finally {
    await context.close();
  }
}

/** A first visit straight to `page` (a typed or shared link). */
export async function measureVisit(
  browser: Browser,
  perfPage: PerfPage,
  setup: VisitSetup,
): Promise<VisitFigures> {
  return inFreshContext(browser, setup, async (page, bodies) => {
    await page.goto(setup.origin + pathOf(perfPage, setup.lang, setup.style, setup.presetId));
    const interactive = await interactiveAt(page);
    const { firstPaint, firstContentful } = await paints(page);
    const requests = await pageRequests(page, bodies);
    return {
      firstPaint,
      firstContentfulPaint: firstContentful,
      interactive,
      beforeFirstPaint: totals(startedBetween(requests, 0, await firstFrameAt(page, firstPaint))),
      untilInteractive: totals(startedBetween(requests, 0, interactive)),
    };
  });
}

/** A first visit to the landing page, then its start link to the first question. */
export async function measureStart(browser: Browser, setup: VisitSetup): Promise<StartFigures> {
  return inFreshContext(browser, setup, async (page, bodies) => {
    await page.goto(setup.origin + pathOf('landing', setup.lang, setup.style));
    await interactiveAt(page);
    const landingHeading = (await watched(page)).headings.at(-1)?.text;
    await page.getByRole('link', { name: startLinkName }).click();
    // A link in the app leaves out the `/` at the end that a prerendered page's address has.
    const questionPath = pathOf('question', setup.lang, setup.style).replace(/\/$/, '');
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === questionPath);
    // The landing page's h1 may stay up while the question page's code loads.
    await page.waitForFunction((previous) => {
      const text = document.querySelector('main h1')?.textContent.trim();
      return text !== undefined && text !== '' && text !== previous;
    }, landingHeading);
    await interactiveAt(page);
    const { headings, clickAt } = await watched(page);
    if (clickAt === undefined) throw new Error('the click on the start link was not seen');
    const shown = headings.find(
      (heading) => heading.at >= clickAt && heading.text !== landingHeading,
    );
    if (!shown) throw new Error('the question page never showed its heading');
    const requests = await pageRequests(page, bodies);
    return {
      headingShown: shown.at - clickAt,
      added: totals(startedBetween(requests, clickAt, Infinity)),
    };
  });
}
