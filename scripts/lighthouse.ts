import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Lang } from '../src/domain/languages';
import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from '../tests/e2e/support/find-chromium';
import {
  chooseLanguage,
  pathOf,
  pathStyle,
  perfLanguages,
  type PathStyle,
  type PerfPage,
} from '../tests/e2e/support/perf-routes';
import { startPreview } from './preview-server';

/**
 * Lighthouse (mobile settings, the default) against the production build on `vite preview`, with
 * the first Chromium found (as the browser tests find it): the landing page, the first question and
 * the results of an example team (its preset link, so no answers need seeding), in English and
 * Japanese, at the addresses the perf script and the byte budgets use. Prints the four category
 * scores of each page's median run and exits 1 when any is below 100. Run `npm run build` first;
 * `npm run lighthouse` does, with SITE_URL set to the preview's address so the prerendered pages
 * carry canonical and `hreflang` links for the SEO audit to check. PERF_PATHS=lang|legacy as for
 * the perf script.
 */
const port = 4188;
/**
 * On a shared machine one run's performance score moves by 10 points or more (the results page's
 * Total Blocking Time ranged from 180 to 830 ms on one build), so each page is scored several times
 * and the median run is reported, as Lighthouse's own guidance on variability suggests.
 */
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const style = pathStyle();
const pages: readonly PerfPage[] = ['landing', 'question', 'preset'];

/**
 * With legacy paths the language is the saved one: save it in the browser Lighthouse drives (whose
 * storage reset leaves localStorage alone) by visiting the app once, then let go of the browser so
 * nothing of Playwright stays attached while Lighthouse measures.
 */
async function saveLanguage(chromePort: number, origin: string, lang: Lang, paths: PathStyle) {
  if (paths === 'lang') return;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromePort}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('the browser Lighthouse drives has no default context');
    await chooseLanguage(context, lang, paths);
    const page = await context.newPage();
    await page.goto(origin);
    await page.close();
  } finally {
    // Disconnects only: a browser Playwright connected to is left running.
    await browser.close();
  }
}

// Before the server starts, so a missing browser leaves nothing running.
const candidates = chromiumCandidates();
const chromePath = findChromium(candidates);
if (chromePath === undefined) {
  process.stderr.write(`${missingChromiumMessage(candidates, process.getuid?.() === 0)}\n`);
  process.exit(1);
}

const preview = await startPreview(port);
const origin = preview.origin;
const chrome = await launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}).catch((error: unknown) => {
  preview.stop();
  throw error;
});

const belowFull: string[] = [];
try {
  for (const [lang, page] of perfLanguages.flatMap((l) => pages.map((p) => [l, p] as const))) {
    const name = `${lang} ${page}`;
    const path = pathOf(page, lang, style);
    if (page === pages[0]) await saveLanguage(chrome.port, origin, lang, style);
    const runs: Awaited<ReturnType<typeof lighthouse>>[] = [];
    for (let run = 0; run < runsPerPage; run += 1) {
      runs.push(
        await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        }),
      );
    }
    // A run Lighthouse could not finish (a runtime error, or a metric it could not measure, which
    // leaves the score null) is named, not counted as a 0, so one hiccup does not drag the median.
    const complete = (run: (typeof runs)[number]) =>
      run !== undefined && !run.lhr.runtimeError && run.lhr.categories.performance?.score != null;
    const failed = runs
      .filter((run) => !complete(run))
      .map((run) => run?.lhr.runtimeError?.code ?? 'no performance score');
    const scored = runs.filter(complete);
    const performance = (run: (typeof runs)[number]) => run?.lhr.categories.performance?.score ?? 0;
    scored.sort((a, b) => performance(a) - performance(b));
    const result = scored[Math.floor(scored.length / 2)];
    console.log(
      `${name.padEnd(12)} median of ${scored.length} runs; performance in each: ` +
        scored.map((run) => Math.round(performance(run) * 100)).join(', ') +
        (failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''),
    );
    const categories = result?.lhr.categories ?? {};
    const scores = Object.values(categories).map((category) => {
      const score = Math.round((category.score ?? 0) * 100);
      if (score < 100) belowFull.push(`${name} ${category.title}`);
      return `${category.title} ${score}`;
    });
    console.log(`${name.padEnd(12)} ${scores.join(', ')}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']
      .concat(['cumulative-layout-shift', 'speed-index'])
      .map((id) => result?.lhr.audits[id])
      .map((audit) => `${audit?.title ?? '?'} ${audit?.displayValue ?? '?'}`);
    console.log(`             ${metrics.join(', ')}`);
    // Lighthouse slows the CPU 4x, assuming a fast desktop; on a slower machine (a low benchmark
    // index) the same page scores lower, so the index goes with the scores.
    console.log(
      `             benchmark index ${String(result?.lhr.environment.benchmarkIndex ?? '?')}`,
    );
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
        console.log(`             - ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  preview.stop();
}
process.exitCode = belowFull.length > 0 ? 1 : 0;
