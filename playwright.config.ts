import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build on `vite preview`, driving Debian's Chromium
 * (`apt-get install -y chromium`): this machine cannot download Playwright's own browsers.
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
      executablePath: '/usr/bin/chromium',
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
        'BASE_PATH=/advisor/ npx vite build --outDir dist-advisor --emptyOutDir && npx tsx tests/e2e/support/static-server.ts dist-advisor /advisor/ 4187',
      url: 'http://localhost:4187/advisor/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
