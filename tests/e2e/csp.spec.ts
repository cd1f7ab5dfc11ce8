import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/node/security-headers';
import { walkThrough } from './support/walk-through';

test('the app is served with the strict CSP and a no-referrer policy', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
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
