import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { amplifyCustomHttp } from '../../src/node/amplify-custom-http';
import { builtStyleHashes } from '../../src/node/inline-style-hashes';
import { securityHeaders } from '../../src/node/security-headers';
import { walkThrough } from './support/walk-through';

/**
 * The headers of the build in dist/, which `vite preview` serves, its inline styles allowed. Read in
 * each test, as the test files are loaded before the web server builds.
 */
const builtHeaders = () => securityHeaders(builtStyleHashes('dist'));

/** Collects the page's Content-Security-Policy violations from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return async () => {
    await page.waitForTimeout(200); // violation events are dispatched asynchronously
    return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  };
}

test('the app is served with every security header, and Chromium understands them all', async ({
  page,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const response = await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sent = response?.headers() ?? {};
  for (const [name, value] of Object.entries(builtHeaders())) {
    expect(sent[name.toLowerCase()], name).toBe(value);
  }
  // An unknown Permissions-Policy feature is logged on every page load.
  expect(logged.filter((text) => /Permissions-Policy/i.test(text))).toEqual([]);
});

test("customHttp.yml gives Amplify this build's headers (`npm run headers` rewrites it)", () => {
  expect(readFileSync('customHttp.yml', 'utf8')).toBe(amplifyCustomHttp(builtHeaders()));
});

test('a walk through every screen causes no Content-Security-Policy violation', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await walkThrough(page);
  expect(await violations()).toEqual([]);
});

// One page of each kind: each kind carries its own inline style.
for (const path of ['/ja/', '/en/questions/stage-and-team/', '/ja/p/seed-saas/']) {
  test(`${path} is styled by its inline CSS under the policy, without a violation`, async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    // global.css sets no margin on the body; a blocked style would leave the browser's 8 px.
    await expect(page.locator('body')).toHaveCSS('margin', '0px');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test("under an older build's policy a prerendered page fetches the stylesheets it names", async ({
  page,
}) => {
  // The host of a deploy whose customHttp.yml was not rewritten: no hash of this build's styles.
  await page.route('**/ja/p/seed-saas/', async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy'] ?? '';
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': policy.replace(/ 'sha256-[^']+'/g, ''),
      },
    });
  });
  await page.goto('/ja/p/seed-saas/');
  await expect(page.locator('body')).toHaveCSS('margin', '0px');
});
