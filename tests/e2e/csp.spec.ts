import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../src/node/security-headers';
import { walkThrough } from './support/walk-through';

test('the app is served with every security header, and Chromium understands them all', async ({
  page,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  const response = await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  // An unknown Permissions-Policy feature is logged on every page load.
  expect(logged.filter((text) => /Permissions-Policy/i.test(text))).toEqual([]);
});

test('a walk through every screen causes no Content-Security-Policy violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await walkThrough(page);
  await page.waitForTimeout(200); // violation events are dispatched asynchronously
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
