import { defineConfig, devices } from '@playwright/test';
import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from './tests/e2e/support/find-chromium';

const candidates = chromiumCandidates();
const executablePath = findChromium(candidates);
if (executablePath === undefined) {
  // Before the two builds the web servers need, not after them, and without a stack trace.
  process.stderr.write(`${missingChromiumMessage(candidates, process.getuid?.() === 0)}\n`);
  process.exit(1);
}

/**
 * Browser tests against the production build on `vite preview`, driving the first Chromium found:
 * Playwright's own where it was installed, else the system's (Debian's `chromium`, which `.ci/run`
 * installs, since CI cannot download Playwright's browsers).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Two shared cores: one browser at a time keeps timings steady.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: 'http://localhost:4173',
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: 'npm run build && npm run preview -- --port 4173 --strictPort',
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same app built for a sub-path, behind a plain static host with the SPA rewrite.
      command:
        'BASE_PATH=/advisor/ npm run -s build -- --outDir dist-advisor --emptyOutDir && npx tsx tests/e2e/support/static-server.ts dist-advisor /advisor/ 4187',
      url: 'http://localhost:4187/advisor/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
