import { spawn } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from '../tests/e2e/support/find-chromium';

/**
 * Lighthouse (mobile settings, the default) against the production build on `vite preview`, with
 * the first Chromium found (as the browser tests find it): the landing page, a question page and the results of an example team (its
 * preset route, so no storage needs seeding). Prints the four category scores of each page's
 * median run and exits 1 when any is below 100. Run `npm run build` first; `npm run lighthouse` does.
 */
const port = 4188;
const origin = `http://localhost:${port}`;
/**
 * On a shared machine one run's performance score moves by 10 points or more (the results page's
 * Total Blocking Time ranged from 180 to 830 ms on one build), so each page is scored several times
 * and the median run is reported, as Lighthouse's own guidance on variability suggests.
 */
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const pages = {
  landing: '/',
  question: '/questions/stage-and-team',
  results: '/p/seed-saas',
};

// Before the server starts, so a missing browser leaves nothing running.
const candidates = chromiumCandidates();
const chromePath = findChromium(candidates);
if (chromePath === undefined) {
  process.stderr.write(`${missingChromiumMessage(candidates, process.getuid?.() === 0)}\n`);
  process.exit(1);
}

// Vite's own entry, not `npx vite`: killing npx would leave the server running.
const preview = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
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
});

const belowFull: string[] = [];
try {
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  for (const [name, path] of Object.entries(pages)) {
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
    const performance = (run: (typeof runs)[number]) => run?.lhr.categories.performance?.score ?? 0;
    runs.sort((a, b) => performance(a) - performance(b));
    const result = runs[Math.floor(runs.length / 2)];
    console.log(
      `${name.padEnd(9)} median of ${runs.length} runs; performance in each: ` +
        runs.map((run) => Math.round(performance(run) * 100)).join(', '),
    );
    const categories = result?.lhr.categories ?? {};
    const scores = Object.values(categories).map((category) => {
      const score = Math.round((category.score ?? 0) * 100);
      if (score < 100) belowFull.push(`${name} ${category.title}`);
      return `${category.title} ${score}`;
    });
    console.log(`${name.padEnd(9)} ${scores.join(', ')}`);
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']
      .concat(['cumulative-layout-shift', 'speed-index'])
      .map((id) => result?.lhr.audits[id])
      .map((audit) => `${audit?.title ?? '?'} ${audit?.displayValue ?? '?'}`);
    console.log(`          ${metrics.join(', ')}`);
    // Lighthouse slows the CPU 4x, assuming a fast desktop; on a slower machine (a low benchmark
    // index) the same page scores lower, so the index goes with the scores.
    console.log(
      `          benchmark index ${String(result?.lhr.environment.benchmarkIndex ?? '?')}`,
    );
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
        console.log(`          - ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  preview.kill();
}
process.exitCode = belowFull.length > 0 ? 1 : 0;
