import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { securityHeaders } from '../../src/node/security-headers';

interface CustomHeaders {
  customHeaders: { pattern: string; headers: { key: string; value: string }[] }[];
}

/** customHttp.yml at the repository root, the response headers Amplify Hosting applies. */
const amplify = parseYaml(
  readFileSync(new URL('../../customHttp.yml', import.meta.url), 'utf8'),
) as CustomHeaders;

const securityHeaderNames = Object.keys(securityHeaders).map((name) => name.toLowerCase());

describe("Amplify Hosting's customHttp.yml", () => {
  it('sends every path the security headers of src/node/security-headers.ts, no more, no fewer', () => {
    const everyPath = amplify.customHeaders.filter((rule) => rule.pattern === '**/*');
    expect(everyPath, "one '**/*' rule").toHaveLength(1);
    // Pairs, not an object, so a header listed twice is noticed too.
    const sent = (everyPath[0]?.headers ?? []).map(({ key, value }) => [key, value]);
    expect(sent.sort()).toEqual(Object.entries(securityHeaders).sort());
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
  it('ask for HTTPS from now on, isolate the window and deny the features the app never uses', () => {
    expect(securityHeaders['Strict-Transport-Security']).toMatch(
      /^max-age=(\d+); includeSubDomains$/,
    );
    expect(
      Number(/max-age=(\d+)/.exec(securityHeaders['Strict-Transport-Security'] ?? '')?.[1]),
      'a year or more',
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(securityHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin');
    const denied = (securityHeaders['Permissions-Policy'] ?? '').split(', ');
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
