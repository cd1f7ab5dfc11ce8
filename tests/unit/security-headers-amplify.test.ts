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
