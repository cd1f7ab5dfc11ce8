import { chromium } from '@playwright/test';
import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from '../tests/e2e/support/find-chromium';
import { pathStyle, perfLanguages } from '../tests/e2e/support/perf-routes';
import {
  measureStart,
  measureVisit,
  type StartFigures,
  type VisitFigures,
  type VisitSetup,
} from '../tests/e2e/support/perf-visits';
import { startPreview } from './preview-server';
import { throttleLikeAPhone, throttlingSummary } from './slow-4g';

/**
 * First paint, time to interactive and bytes of the first screens, on the production build in
 * dist/ under a phone's connection and CPU, in English and Japanese: what the per-route budgets in
 * tests/e2e/budgets.spec.ts cost a user in time. Reports only, never fails on a figure. Run
 * `npm run build` first; `npm run perf` does.
 * Usage: tsx scripts/perf.ts [--paths=lang|legacy]   (PERF_RUNS=5 by default)
 */
const port = 4191;
// One cold run moves by hundreds of milliseconds on a shared machine; the median of several does not.
const runs = Number(process.env.PERF_RUNS ?? 5);
const pathsFlag = process.argv.find((arg) => arg.startsWith('--paths='));
if (pathsFlag) process.env.PERF_PATHS = pathsFlag.slice('--paths='.length);
const style = pathStyle();

interface Samples {
  landing: VisitFigures[];
  preset: VisitFigures[];
  question: VisitFigures[];
  start: StartFigures[];
}
type Bytes = VisitFigures['beforeFirstPaint'];

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (values: readonly number[]) => `${Math.round(median(values))} ms`;
const paintsOf = (visits: readonly VisitFigures[]) =>
  `${ms(visits.map((visit) => visit.firstPaint))} / ` +
  ms(visits.map((visit) => visit.firstContentfulPaint));
const kb = (bytes: readonly Bytes[]) =>
  `${(median(bytes.map((b) => b.gzip)) / 1024).toFixed(1)} KB ` +
  `(${(median(bytes.map((b) => b.transfer)) / 1024).toFixed(1)} sent)`;

/** The table, row by row: each figure is the median of its own runs. */
const rows: [string, (samples: Samples) => string][] = [
  ['landing   first paint / FCP', (s) => paintsOf(s.landing)],
  ['landing   gzip before first paint', (s) => kb(s.landing.map((v) => v.beforeFirstPaint))],
  ['preset    first paint / FCP', (s) => paintsOf(s.preset)],
  ['preset    interactive', (s) => ms(s.preset.map((v) => v.interactive))],
  ['preset    gzip before first paint', (s) => kb(s.preset.map((v) => v.beforeFirstPaint))],
  ['preset    gzip until interactive', (s) => kb(s.preset.map((v) => v.untilInteractive))],
  ['question  first paint / FCP', (s) => paintsOf(s.question)],
  ['start     click → question h1', (s) => ms(s.start.map((v) => v.headingShown))],
  ['start     gzip added by the click', (s) => kb(s.start.map((v) => v.added))],
];

async function repeat<T>(label: string, measure: () => Promise<T>): Promise<T[]> {
  const samples: T[] = [];
  for (let run = 0; run < runs; run += 1) {
    process.stderr.write(`\r${label}: run ${run + 1} of ${runs}   `);
    samples.push(await measure());
  }
  return samples;
}

// Before the server starts, so a missing browser leaves nothing running.
const candidates = chromiumCandidates();
const executablePath = findChromium(candidates);
if (executablePath === undefined) {
  process.stderr.write(`${missingChromiumMessage(candidates, process.getuid?.() === 0)}\n`);
  process.exit(1);
}

const server = await startPreview(port);
try {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const byLanguage: Samples[] = [];
  try {
    for (const lang of perfLanguages) {
      const setup: VisitSetup = {
        origin: server.origin,
        lang,
        style,
        prepare: throttleLikeAPhone,
      };
      byLanguage.push({
        landing: await repeat(`${lang} landing`, () => measureVisit(browser, 'landing', setup)),
        preset: await repeat(`${lang} preset`, () => measureVisit(browser, 'preset', setup)),
        question: await repeat(`${lang} question`, () => measureVisit(browser, 'question', setup)),
        start: await repeat(`${lang} landing → question`, () => measureStart(browser, setup)),
      });
    }
  } finally {
    await browser.close();
  }
  process.stderr.write('\n');
  console.log(`${throttlingSummary}; median of ${runs} cold runs; ${style} paths`);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(i === 0 ? 36 : 28))
      .join('')
      .trimEnd();
  console.log(line(['', ...perfLanguages]));
  for (const [label, cell] of rows) console.log(line([label, ...byLanguage.map(cell)]));
} finally {
  server.stop();
}
