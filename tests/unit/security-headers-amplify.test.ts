import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { amplifyCustomHttp } from '../../src/node/amplify-custom-http';
import { contentSecurityPolicy, securityHeaders } from '../../src/node/security-headers';

interface CustomHeaders {
  customHeaders: { pattern: string; headers: { key: string; value: string }[] }[];
}

/** customHttp.yml at the repository root, the response headers Amplify Hosting applies. */
const committed = readFileSync(new URL('../../customHttp.yml', import.meta.url), 'utf8');
const amplify = parseYaml(committed) as CustomHeaders;

/**
 * The inline styles customHttp.yml allows; that they are the build's own is checked where there is
 * a build, by tests/e2e/csp.spec.ts.
 */
const allowedStyles = [
  ...(
    amplify.customHeaders
      .flatMap((rule) => rule.headers)
      .find(({ key }) => key === 'Content-Security-Policy')?.value ?? ''
  ).matchAll(/'(sha256-[^']+)'/g),
].map((match) => match[1] ?? '');
const headers = securityHeaders(allowedStyles);

const securityHeaderNames = Object.keys(headers).map((name) => name.toLowerCase());

describe("Amplify Hosting's customHttp.yml", () => {
  it('is the file `npm run headers` writes, not edited by hand', () => {
    expect(allowedStyles.length, 'the prerendered pages have inline styles').toBeGreaterThan(0);
    expect(committed).toBe(amplifyCustomHttp(headers));
  });

  it('sends every path the security headers of src/node/security-headers.ts, no more, no fewer', () => {
    const everyPath = amplify.customHeaders.filter((rule) => rule.pattern === '**/*');
    expect(everyPath, "one '**/*' rule").toHaveLength(1);
    // Pairs, not an object, so a header listed twice is noticed too.
    const sent = (everyPath[0]?.headers ?? []).map(({ key, value }) => [key, value]);
    expect(sent.sort()).toEqual(Object.entries(headers).sort());
  });

  it('sets no security header in a narrower rule, where it could differ from the source of truth', () => {
    const narrower = amplify.customHeaders
      .filter((rule) => rule.pattern !== '**/*')
      .flatMap((rule) =>
        rule.headers
          .filter(({ key }) => securityHeaderNames.includes(key.toLowerCase()))
          .map(({ key }) => `${rule.pattern}: ${key}`),
      );
    expect(narrower).toEqual([]);
  });
});

describe('the security headers', () => {
  it('allow inline styles one by one by their hashes, and no inline script', () => {
    const directives = contentSecurityPolicy(['sha256-a=', 'sha256-b=']).split('; ');
    expect(directives).toContain("style-src 'self' 'sha256-a=' 'sha256-b='");
    expect(directives).toContain("script-src 'self'");
    expect(directives.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('ask for HTTPS from now on, isolate the window and deny the features the app never uses', () => {
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(
      Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]),
      'a year or more',
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    const denied = (headers['Permissions-Policy'] ?? '').split(', ');
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'browsing-topics',
    ]) {
      expect(denied, feature).toContain(`${feature}=()`);
    }
    expect(
      denied.filter((entry) => entry.startsWith('clipboard-write')),
      'Copy link still works',
    ).toEqual([]);
  });
});
