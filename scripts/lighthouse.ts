import { spawn } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * Lighthouse (mobile settings, the default) against the production build on `vite preview`, with
 * Debian's Chromium: the landing page, a question page and the results of an example team (its
 * preset route, so no storage needs seeding). Prints the four category scores per page and
 * exits 1 when any is below 100. Run `npm run build` first; `npm run lighthouse` does.
 */
const port = 4188;
const origin = `http://localhost:${port}`;
const pages = {
  landing: '/',
  question: '/questions/stage-and-team',
  results: '/p/seed-saas',
};

// Vite's own entry, not `npx vite`: killing npx would leave the server running.
const preview = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
  { stdio: 'ignore' },
);
const chrome = await launch({
  chromePath: '/usr/bin/chromium',
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
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
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
